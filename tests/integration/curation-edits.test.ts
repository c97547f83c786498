// Curation edits against real Neo4j and SQLite: reverse, retype, move an end, split an entity. Each changes the graph as
// stated, undo gives back exactly the graph before (checksum over every property), and each survives a re-ingest
// (`npm run seed -- --reingest`) and a backup/restore round trip.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as historyRoute, POST as curateRoute } from "@/app/api/curation/route";
import { POST as undoRoute } from "@/app/api/curation/[id]/undo/route";
import { restoreBackup, storeChecksums, wipeStores, writeBackup } from "@/lib/backup";
import { closeDb, getDb } from "@/lib/db";
import { getEntity, getRelation } from "@/lib/graph/views";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver } from "@/lib/neo4j";
import { ingest } from "@/lib/documents/ingest";
import { clearGraph, graphFingerprint, graphInvariants } from "./helpers";

const ARTICLE =
  "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan supports India on trade. Foreign Minister Ayman al-Safadi praised Modi and Japan.";
const SUPPORTS = "supports:pakistan:india";

const post = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const act = async (body: unknown) => {
  const res = await curateRoute(new Request("http://test/api/curation", post(body)));
  return { status: res.status, body: await res.json() };
};
const undo = async (id: number) => {
  const res = await undoRoute(new Request(`http://test/api/curation/${id}/undo`, { method: "POST" }), { params: Promise.resolve({ id: String(id) }) });
  return { status: res.status, body: await res.json() };
};
const history = async (target: string) =>
  (await (await historyRoute(new (await import("next/server")).NextRequest(`http://test/api/curation?target=${encodeURIComponent(target)}`))).json()).records as {
    id: number;
    kind: string;
    summary: string;
    reason?: string;
    undoneAt?: string;
  }[];
type RelationRow = { id: string; type: string; source: string; target: string };
const relationsOf = async () => (await graphFingerprint()).relations as unknown as RelationRow[];
const graphChecksum = async () => (await storeChecksums()).checksums.graph;

function reingest() {
  const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  execFileSync(process.execPath, [tsx, "scripts/seed.ts", "--reingest"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

let fresh: string;

beforeAll(async () => {
  await ensureSchema();
  await getDb().curation.deleteMany();
  await clearGraph();
});

beforeEach(async () => {
  await getDb().curation.deleteMany();
  await clearGraph();
  await ingest(ARTICLE, { title: "Safadi in Delhi" });
  fresh = await graphChecksum();
});

afterAll(async () => {
  await getDb().curation.deleteMany();
  await clearGraph();
  await closeDriver();
  await closeDb();
});

/**
 * The edit is recorded with its reason and undo restores the graph exactly (checksum over every property); made again,
 * it holds after a re-ingest and a backup/restore round trip, and can still be undone there.
 */
async function lifecycle(action: Record<string, unknown>, check: () => Promise<void>) {
  const freshFingerprint = await graphFingerprint();
  const first = await act({ ...action, reason: "the article says otherwise" });
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  expect(first.body.reason).toBe("the article says otherwise");
  await check();
  expect(await graphInvariants()).toEqual([]);
  expect(await graphChecksum()).not.toBe(fresh);
  const undone = await undo(first.body.id);
  expect(undone.status, JSON.stringify(undone.body)).toBe(200);
  expect(await graphChecksum()).toBe(fresh);
  expect((await undo(first.body.id)).status).toBe(409);

  const { status, body } = await act({ ...action, reason: "the article says otherwise" });
  expect(status, JSON.stringify(body)).toBe(201);
  const edited = await graphFingerprint();

  // Re-ingest every stored document with the current pipeline: the edit is applied again.
  reingest();
  await check();
  expect(await graphFingerprint()).toEqual(edited);
  expect(await graphInvariants()).toEqual([]);

  // Backup, empty stores, restore: the same stores, checksums and all, and the record can still be undone there.
  const file = path.join(process.env.SANAD_TEST_TMP!, `edit-${String(action.kind)}.jsonl`);
  const saved = await storeChecksums();
  await writeBackup(file);
  await wipeStores();
  await restoreBackup(file);
  expect(await storeChecksums()).toEqual(saved);
  await check();
  expect((await undo(body.id)).status).toBe(200);
  expect(await graphFingerprint()).toEqual(freshFingerprint);
  expect(await graphInvariants()).toEqual([]);
  return body as { id: number; target: string; summary: string };
}

describe("reverse", () => {
  it("turns the arrow with its evidence and verdict; undo turns it back", async () => {
    const before = await getRelation(SUPPORTS);
    const record = await lifecycle({ kind: "reverse", relation: SUPPORTS }, async () => {
      await expect(getRelation(SUPPORTS)).rejects.toThrow(/no relation/);
      const r = await getRelation("supports:india:pakistan");
      expect([r.source.id, r.target.id]).toEqual(["india", "pakistan"]);
      expect(r.evidence.map((v) => [v.sentence.text, v.start, v.end])).toEqual(before.evidence.map((v) => [v.sentence.text, v.start, v.end]));
      expect(r.confidence).toBe(before.confidence);
    });
    expect(record.target).toBe("supports:india:pakistan");
    expect(record.summary).toBe("Reversed SUPPORTS: “Pakistan” → “India” became “India” → “Pakistan”");
    // Both ids show the change in their history, with its reason.
    expect((await history("supports:india:pakistan"))[0]).toMatchObject({ kind: "reverse", reason: "the article says otherwise" });
    // (lifecycle made it twice: the first undone at once, the second undone after the restore)
    expect((await history(SUPPORTS)).map((r) => [r.kind, !!r.undoneAt])).toEqual([
      ["reverse", true],
      ["reverse", true],
    ]);
  });

  it("keeps a verdict made before it, through a re-ingest", async () => {
    await act({ kind: "reject", relation: SUPPORTS, reason: "not said" });
    await act({ kind: "reverse", relation: SUPPORTS });
    reingest();
    expect((await getRelation("supports:india:pakistan")).curation).toEqual({ status: "rejected", reason: "not said" });
  });
});

describe("retype", () => {
  it("gives the relation another type, evidence and all", async () => {
    const before = await getRelation(SUPPORTS);
    await lifecycle({ kind: "retype", relation: SUPPORTS, type: "OPPOSES" }, async () => {
      await expect(getRelation(SUPPORTS)).rejects.toThrow(/no relation/);
      const r = await getRelation("opposes:pakistan:india");
      expect(r.type).toBe("OPPOSES");
      expect(r.evidence).toHaveLength(before.evidence.length);
    });
  });

  it("to an undirected type, keeps the ends in the stored order", async () => {
    const { status, body } = await act({ kind: "retype", relation: SUPPORTS, type: "COOPERATES_WITH" });
    expect(status).toBe(201);
    expect(body.target).toBe("cooperates_with:india:pakistan");
    expect(await graphInvariants()).toEqual([]);
  });
});

describe("move an end", () => {
  it("gives the relation to another entity (the visit to the right person)", async () => {
    await lifecycle({ kind: "move-end", relation: SUPPORTS, end: "target", to: "japan" }, async () => {
      await expect(getRelation(SUPPORTS)).rejects.toThrow(/no relation/);
      const r = await getRelation("supports:pakistan:japan");
      expect(r.evidence[0]!.sentence.text).toContain("Pakistan supports India");
    });
    expect((await history("supports:pakistan:japan"))[0]!.summary).toBe("Moved SUPPORTS from “Pakistan”: target “India” → “Japan”");
  });

  it("moves the source too", async () => {
    const { status, body } = await act({ kind: "move-end", relation: SUPPORTS, end: "source", to: "ayman-safadi" });
    expect(status).toBe(201);
    expect(body.target).toBe("supports:ayman-safadi:india");
  });
});

describe("split", () => {
  it("moves the chosen mentions, and the evidence they carry, to a new entity", async () => {
    // The mentions in the last sentence naming the minister go to a new entity; the others stay.
    const entity = await getEntity("ayman-safadi");
    const last = Math.max(...entity.mentions.map((m) => m.sentence.index));
    const chosen = entity.mentions.filter((m) => m.sentence.index === last);
    const kept = entity.mentions.length - chosen.length;
    expect(kept).toBeGreaterThan(0);
    const mentions = chosen.map((m) => ({ sentence: m.sentence.id!, start: m.start, end: m.end }));
    const record = await lifecycle({ kind: "split", entity: "ayman-safadi", mentions, name: "Ayman al-Safadi the Younger", type: "person" }, async () => {
      const split = await getEntity("ayman-al-safadi-the-younger");
      expect(split.name).toBe("Ayman al-Safadi the Younger");
      expect(split.mentions.map((m) => m.surface)).toEqual(chosen.map((m) => m.surface));
      expect((await getEntity("ayman-safadi")).mentions).toHaveLength(kept);
      // The relations of the sentence now only naming the new entity went with it.
      const f = await graphFingerprint();
      const at = (id: string) => (f.relations as unknown as RelationRow[]).filter((r) => r.source === id || r.target === id);
      expect(at("ayman-al-safadi-the-younger").length).toBeGreaterThan(0);
      for (const r of at("ayman-al-safadi-the-younger")) expect(f.evidence.filter((v) => v.relation === r.id).length).toBeGreaterThan(0);
    });
    expect(record.summary).toContain("moved to “Ayman al-Safadi the Younger” (ayman-al-safadi-the-younger)");
    expect((await history("ayman-al-safadi-the-younger")).map((r) => r.kind)).toEqual(["split", "split"]);
    expect((await history("ayman-safadi")).map((r) => r.kind)).toEqual(["split", "split"]);
  });
});

describe("bad edits are refused with a 4xx and change nothing", () => {
  it.each([
    [{ kind: "reverse", relation: "supports:india:nowhere" }, 404],
    [{ kind: "reverse", relation: "not a relation" }, 400],
    [{ kind: "reverse", relation: SUPPORTS, extra: true }, 400],
    [{ kind: "retype", relation: SUPPORTS, type: "SUPPORTS" }, 422],
    [{ kind: "retype", relation: SUPPORTS, type: "CO_MENTIONED" }, 400],
    [{ kind: "retype", relation: SUPPORTS, type: "LIKES" }, 400],
    [{ kind: "retype", relation: SUPPORTS }, 400],
    [{ kind: "move-end", relation: SUPPORTS, end: "target", to: "india" }, 422],
    [{ kind: "move-end", relation: SUPPORTS, end: "target", to: "pakistan" }, 422],
    [{ kind: "move-end", relation: SUPPORTS, end: "target", to: "atlantis" }, 404],
    [{ kind: "move-end", relation: SUPPORTS, end: "middle", to: "japan" }, 400],
    [{ kind: "move-end", relation: SUPPORTS, end: "target", to: "Japan!" }, 400],
    [{ kind: "split", entity: "ayman-safadi", mentions: [], name: "X" }, 400],
    [{ kind: "split", entity: "ayman-safadi", mentions: [{ sentence: "doc-0000000000000000:s0", start: 0, end: 5 }], name: "X" }, 404],
    [{ kind: "split", entity: "atlantis", mentions: [{ sentence: "doc-0000000000000000:s0", start: 0, end: 5 }], name: "X" }, 404],
    [{ kind: "split", entity: "ayman-safadi", mentions: [{ sentence: "doc-0000000000000000:s0", start: 5, end: 5 }], name: "X" }, 400],
  ])("%j → %i", async (bad, status) => {
    const before = await graphChecksum();
    const res = await act(bad);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.message).toBeTruthy();
    expect(await graphChecksum()).toBe(before);
    expect(await getDb().curation.count()).toBe(0);
  });

  it("a co-mention has no direction, type or ends to edit; a symmetric type cannot be reversed", async () => {
    const relations = await relationsOf();
    const co = relations.find((r) => r.type === "CO_MENTIONED")!;
    const met = relations.find((r) => r.type === "MET_WITH");
    expect((await act({ kind: "reverse", relation: co.id })).status).toBe(422);
    expect((await act({ kind: "move-end", relation: co.id, end: "target", to: "japan" })).status).toBe(422);
    if (met) expect((await act({ kind: "reverse", relation: met.id })).status).toBe(422);
    expect(await graphChecksum()).toBe(fresh);
  });

  it("a split keeps at least one mention, and into a name that is not taken", async () => {
    const entity = await getEntity("ayman-safadi");
    const all = entity.mentions.map((m) => ({ sentence: m.sentence.id!, start: m.start, end: m.end }));
    expect((await act({ kind: "split", entity: "ayman-safadi", mentions: all, name: "Someone Else" })).status).toBe(422);
    expect((await act({ kind: "split", entity: "ayman-safadi", mentions: all.slice(0, 1), name: "Japan" })).status).toBe(409);
    expect(await graphChecksum()).toBe(fresh);
  });
});
