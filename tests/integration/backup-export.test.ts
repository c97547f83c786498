// Backup → restore round trip into an empty installation (same counts and checksums), refusals, and the GraphML / Cypher exports.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as exportRoute } from "@/app/api/export/route";
import { restoreBackup, storeChecksums, wipeStores, writeBackup } from "@/lib/backup";
import { curate, undoCuration } from "@/lib/curation/service";
import { closeDb, getDb } from "@/lib/db";
import { exportGraph } from "@/lib/exchange/export";
import { getEntity, getRelation } from "@/lib/graph/views";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver, runAuto } from "@/lib/neo4j";
import { ingest } from "@/lib/documents/ingest";
import { clearGraph, graphFingerprint, seedText } from "./helpers";

const A = "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan supports India on trade. Foreign Minister Ayman al-Safadi praised Modi and Japan.";
const tmp = (name: string) => path.join(process.env.SANAD_TEST_TMP!, name);

let before: Awaited<ReturnType<typeof storeChecksums>>;
let fingerprint: Awaited<ReturnType<typeof graphFingerprint>>;
let mergeId: number;

beforeAll(async () => {
  await ensureSchema();
  await wipeStores();
  await ingest(seedText());
  await ingest(A, { title: "Safadi <in> Delhi & \"friends\"" });
  mergeId = (await curate({ kind: "merge", source: "ayman", into: "ayman-safadi" })).id;
  await curate({ kind: "reject", relation: "supports:pakistan:india", reason: "not said" });
  await curate({ kind: "edit", entity: "japan", aliases: ["Nippon", "日本 <&>"] });
  const q = await getDb().savedQuery.create({ data: { slug: "my-query", name: "Mine", cypher: "MATCH (e:Entity) RETURN e LIMIT 1", parameters: "[]", tags: '["x"]' } });
  await getDb().queryRun.create({ data: { queryId: q.id, cypherHash: "abc", status: "ok", rowCount: 1, durationMs: 3 } });
  before = await storeChecksums();
  fingerprint = await graphFingerprint();
});

afterAll(async () => {
  await wipeStores();
  await closeDriver();
  await closeDb();
});

describe("backup and restore", () => {
  it("round-trips everything into an empty installation: same counts, same checksums, corrections still undoable", async () => {
    const file = tmp("round-trip.jsonl.gz");
    const summary = await writeBackup(file);
    expect(summary.counts).toEqual(before.counts);
    expect(summary.counts.tables).toMatchObject({ SavedQuery: 1, QueryRun: 1, Curation: 3 });
    expect(summary.counts.tables.IngestRun).toBeGreaterThanOrEqual(2);
    expect(fs.readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    await wipeStores();
    expect((await storeChecksums()).counts.nodes).toBe(0);
    const restored = await restoreBackup(file);
    expect(restored).toEqual(before);
    expect(await storeChecksums()).toEqual(before);
    expect(await graphFingerprint()).toEqual(fingerprint);
    expect((await getRelation("supports:pakistan:india")).curation?.status).toBe("rejected");

    // The records came back with their ids: the merge can still be undone, and new records continue the numbering.
    await undoCuration(mergeId);
    expect((await getEntity("ayman")).id).toBe("ayman");
    const next = await curate({ kind: "confirm", relation: "supports:russia:china" });
    expect(next.id).toBeGreaterThan(mergeId + 2);
    await wipeStores();
    await restoreBackup(file);
  });

  it("writes plain JSON lines when the name does not end in .gz", async () => {
    const file = tmp("plain.jsonl");
    await writeBackup(file);
    const lines = fs.readFileSync(file, "utf8").trim().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "sanad-backup", version: 1 });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ t: "end", counts: before.counts, checksums: before.checksums });
  });

  it("refuses to restore over data, and restores with --replace", async () => {
    const file = tmp("replace.jsonl");
    await writeBackup(file);
    await curate({ kind: "confirm", relation: "supports:russia:china" });
    const changed = await storeChecksums();
    await expect(restoreBackup(file)).rejects.toThrow(/not empty .*--replace/);
    expect(await storeChecksums()).toEqual(changed);
    expect(await restoreBackup(file, { replace: true })).toEqual(before);
  });

  it("refuses a damaged or foreign file and leaves the installation as it was", async () => {
    const file = tmp("damaged.jsonl");
    await writeBackup(file);
    const lines = fs.readFileSync(file, "utf8").trim().split("\n");
    const cases: [string, string, RegExp][] = [
      ["cut.jsonl", lines.slice(0, -1).join("\n"), /cut short/],
      ["edited.jsonl", lines.map((l) => l.replace('"name":"China"', '"name":"Cathay"')).join("\n"), /damaged/],
      ["foreign.jsonl", '{"hello":"world"}\n', /not a Sanad backup/],
      ["binary.jsonl", "\u0000\u0001garbage", /not a Sanad backup/],
      ["empty.jsonl", "", /empty/],
    ];
    for (const [name, content, message] of cases) {
      fs.writeFileSync(tmp(name), content);
      await expect(restoreBackup(tmp(name), { replace: true }), name).rejects.toThrow(message);
      expect(await storeChecksums()).toEqual(before);
    }
    await expect(restoreBackup(tmp("no-such-file.jsonl"), { replace: true })).rejects.toThrow(/no such file/);
    expect(await storeChecksums()).toEqual(before);
  });

  it("runs as npm run backup / npm run restore", async () => {
    const { execFileSync } = await import("node:child_process");
    const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
    const file = tmp("cli.jsonl.gz");
    const out = execFileSync(process.execPath, [tsx, "scripts/backup.ts", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out.trim()).toBe(file);
    await wipeStores();
    const log = execFileSync(process.execPath, [tsx, "scripts/restore.ts", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) + "";
    expect(log).toBe("");
    expect(await storeChecksums()).toEqual(before);
  });
});

describe("export", () => {
  it("GraphML holds every entity and the relations not rejected, escaped", async () => {
    const xml = await exportGraph({ format: "graphml" });
    const entities = fingerprint.entities.length;
    expect(xml.match(/<node /g)).toHaveLength(entities);
    const kept = fingerprint.relations.filter((r) => !r.rejected).length;
    expect(xml.match(/<edge /g)).toHaveLength(kept);
    expect(xml).not.toContain('id="supports:pakistan:india"');
    expect(xml).toContain("日本 &lt;&amp;&gt;");
    expect(xml).toContain('<edge id="co_mentioned:china:russia" source="china" target="russia" directed="false">');
    const all = await exportGraph({ format: "graphml", rejected: true });
    expect(all.match(/<edge /g)).toHaveLength(fingerprint.relations.length);
    expect(all).toContain('id="supports:pakistan:india"');
  });

  it("the full Cypher script rebuilds the same graph in an empty database, and running it twice changes nothing", async () => {
    const script = await exportGraph({ format: "cypher", scope: "full" });
    const statements = script.split("\n").filter((l) => l.trim() && !l.startsWith("//"));
    expect(statements.every((s) => s.endsWith(";"))).toBe(true);
    await clearGraph();
    for (let i = 0; i < 2; i++) for (const s of statements) await runAuto(s.slice(0, -1));
    expect(await graphFingerprint()).toEqual(fingerprint);
    expect((await storeChecksums()).checksums.graph).toBe(before.checksums.graph);
  });

  it("GET /api/export answers a download, and 400 for a bad format or scope", async () => {
    const res = await exportRoute(new NextRequest("http://test/api/export?format=cypher"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="sanad-graph.cypher"');
    const body = await res.text();
    expect(body).toContain("MERGE (n:Entity {id: row.id})");
    expect(body).not.toContain(":Sentence");
    for (const q of ["format=pdf", "", "format=graphml&scope=full", "format=cypher&rejected=yes"]) {
      const bad = await exportRoute(new NextRequest(`http://test/api/export?${q}`));
      expect(bad.status, q).toBe(400);
      expect((await bad.json()).error.code).toBe("bad_request");
    }
  });
});
