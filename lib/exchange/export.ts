// Graph exports for other tools: GraphML (Gephi, yEd) of the entity graph, and a Cypher script (entities or everything).
import { PIPELINE_VERSION } from "../../graph-seed/version";
import { dumpGraph, type DumpNode, type DumpRelationship } from "../graph/dump";
import { cypherScript } from "./cypher-script";
import { toGraphml } from "./graphml";

export type ExportFormat = "graphml" | "cypher";

export interface ExportOptions {
  format: ExportFormat;
  /** "full" (Cypher only): documents, sentences, mentions and evidence too, as a faithful copy. */
  scope?: "entities" | "full";
  /** Include relations a person rejected (flagged `rejected`); hidden by default, like in the explorer. */
  rejected?: boolean;
}

export const EXPORT_FILES: Record<ExportFormat, { name: string; type: string }> = {
  graphml: { name: "sanad-graph.graphml", type: "application/graphml+xml; charset=utf-8" },
  cypher: { name: "sanad-graph.cypher", type: "text/plain; charset=utf-8" },
};

export async function exportGraph(opts: ExportOptions): Promise<string> {
  const full = opts.format === "cypher" && opts.scope === "full";
  const scope = { entitiesOnly: !full, withoutRejected: !opts.rejected };
  const when = new Date().toISOString();
  const what = full ? "the whole graph (documents, sentences, mentions, evidence, entities, relations)" : `entities and their relations${opts.rejected ? " (rejected ones included, flagged)" : ""}`;
  if (opts.format === "graphml") {
    const nodes: DumpNode[] = [];
    const rels: DumpRelationship[] = [];
    await dumpGraph((n) => void nodes.push(n), (r) => void rels.push(r), scope);
    return toGraphml(nodes, rels, `Sanad knowledge graph: ${what}; exported ${when}, pipeline v${PIPELINE_VERSION}`);
  }
  const lines = await cypherScript((onNode, onRel) => dumpGraph(onNode, onRel, scope), [
    `Sanad knowledge graph: ${what}`,
    `exported ${when}, pipeline v${PIPELINE_VERSION}`,
    "Run on a Neo4j 5 database: cypher-shell -f sanad-graph.cypher (each statement is one line; re-running changes nothing)",
  ]);
  return lines.join("\n") + "\n";
}
