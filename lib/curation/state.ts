// What the pipeline needs from curation before it writes: the records to replay, the curated gazetteer, deleted documents.
import { GAZETTEER, type GazetteerRecord } from "../../graph-seed/gazetteer";
import { curatedGazetteer } from "./aliases";
import { activeRecords } from "./records";
import type { CurationRecord } from "./types";

export interface CurationState {
  records: CurationRecord[];
  gazetteer: GazetteerRecord[];
  /** Documents a person deleted or replaced, with the record that did it: a re-seed leaves them out. */
  removed: Map<string, number>;
}

let cached: { key: string; gazetteer: GazetteerRecord[] } | undefined;

export async function loadCurationState(): Promise<CurationState> {
  const records = await activeRecords();
  // Same records, same gazetteer array: the pipeline then reuses its matcher.
  const key = records.filter((r) => r.kind === "merge" || r.kind === "edit").map((r) => r.id).join(",");
  if (cached?.key !== key) cached = { key, gazetteer: curatedGazetteer(records, GAZETTEER) };
  const removed = new Map<string, number>();
  for (const r of records) if (r.kind === "delete-document" || r.kind === "replace-document") removed.set(r.target, r.id);
  return { records, gazetteer: cached.gazetteer, removed };
}
