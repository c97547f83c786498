// `npm run seed -- FOLDER` against a real Neo4j: good articles in, bad files reported by name, no partial document,
// re-runs skip what is unchanged and replace what changed; and the app and the ingest through the neo4j:// scheme.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { toNumber } from "@/lib/graph/values";
import { closeDriver, readTx } from "@/lib/neo4j";
import { clearGraph, graphCounts } from "./helpers";

const dir = path.join(process.env.SANAD_TEST_TMP!, "bulk-corpus");

function seed(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stderr: string; stdout: string }> {
  // One process (tsx as a loader): what `npm run seed -- …` runs.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", ...args], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdout!.on("data", (d) => (stdout += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr, stdout })));
}

/** Every document with what it holds, and anything left without its document (which must be nothing). */
async function documents() {
  return readTx(async (tx) => {
    const docs = await tx.run(
      `MATCH (d:Document)
       OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
       WITH d, count(s) AS sentences
       RETURN d.id AS id, d.title AS title, d.source AS source, d.outlet AS outlet, d.ingestKey AS key, d.sentenceCount AS expected, sentences
       ORDER BY title`,
    );
    const orphans = await tx.run(
      `OPTIONAL MATCH (s:Sentence) WHERE NOT EXISTS { (:Document {id: s.documentId})-[:HAS_SENTENCE]->(s) }
       WITH count(s) AS sentences
       OPTIONAL MATCH (v:Evidence) WHERE NOT EXISTS { (v)-[:FROM]->(:Sentence) } OR NOT EXISTS { MATCH (d:Document {id: v.documentId}) }
       RETURN sentences, count(v) AS evidence`,
    );
    return {
      docs: docs.records.map((r) => ({
        id: r.get("id") as string,
        title: r.get("title") as string,
        source: r.get("source") as string | null,
        outlet: r.get("outlet") as string | null,
        key: r.get("key") as string,
        expected: toNumber(r.get("expected")),
        sentences: toNumber(r.get("sentences")),
      })),
      orphans: { sentences: toNumber(orphans.records[0]!.get("sentences")), evidence: toNumber(orphans.records[0]!.get("evidence")) },
    };
  });
}

const GOOD_TXT = `---
title: Putin and Xi in Beijing
source: https://news.example/putin-xi
publishedAt: 2024-05-16
outlet: Example Wire
tags: summit
---
Vladimir Putin met Xi Jinping in Beijing on Thursday. Russia and China signed an agreement on energy.
`;
const GOOD_MD = `# Gulf talks

Qatar hosted talks with Egypt in Doha. The United States welcomed the talks.
`;
const LINES = [
  { title: "Erdogan in Ankara", text: "Recep Tayyip Erdogan met Emmanuel Macron in Ankara.", lang: "en", source: "https://news.example/ankara", outlet: "Wire Two" },
  { title: "Modi in Delhi", text: "Narendra Modi received Olaf Scholz in New Delhi.", source: "https://news.example/delhi" },
];

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "nested"), { recursive: true });
  fs.writeFileSync(path.join(dir, "good.txt"), GOOD_TXT);
  fs.writeFileSync(path.join(dir, "nested", "good.md"), GOOD_MD);
  fs.writeFileSync(path.join(dir, "feed.jsonl"), LINES.map((l) => JSON.stringify(l)).join("\n") + "\n" + '{"title": "cut off", "text": "Putin met\n');
  // Latin-1, not UTF-8: a corrupt text file.
  fs.writeFileSync(path.join(dir, "corrupt.txt"), Buffer.from([0x43, 0x68, 0x69, 0x6e, 0xe9, 0x20, 0xe0, 0x0a]));
  fs.writeFileSync(path.join(dir, "empty.txt"), "");
  fs.writeFileSync(path.join(dir, "binary.md"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 7 === 0 ? 0 : 65 + (i % 26))));
  fs.writeFileSync(path.join(dir, "huge.txt"), "Putin met Xi in Beijing. ".repeat(420_000)); // ~10 MB, over the 2 MB limit
  fs.writeFileSync(path.join(dir, "ignored.pdf"), "%PDF-1.7 not an article");
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("npm run seed -- FOLDER", () => {
  it("ingests the good articles, names each bad file, exits non-zero and leaves no partial document", async () => {
    const run = await seed([dir, "--jobs", "2"]);
    expect(run.code, run.stderr).toBe(1);
    for (const bad of ["corrupt.txt", "empty.txt", "binary.md", "huge.txt", "feed.jsonl:3"]) expect(run.stderr).toMatch(new RegExp(`failed: .*${bad.replace(".", "\\.")}: `));
    expect(run.stderr).toMatch(/corrupt\.txt: the article is not valid UTF-8/);
    expect(run.stderr).toMatch(/empty\.txt: the article is empty/);
    expect(run.stderr).toMatch(/binary\.md: .*(NUL|binary)/);
    expect(run.stderr).toMatch(/huge\.txt: the article is \d+ bytes; the limit is 2000000 bytes/);
    expect(run.stderr).toMatch(/feed\.jsonl:3: not valid JSON/);
    expect(run.stderr).not.toMatch(/ignored\.pdf/);
    expect(run.stderr).toMatch(/done: 9 article\(s\).* 4 written .* 0 unchanged, 5 failed/);
    expect(run.stderr).not.toMatch(/\n\s+at /);

    const { docs, orphans } = await documents();
    expect(docs.map((d) => d.title)).toEqual(["Erdogan in Ankara", "Gulf talks", "Modi in Delhi", "Putin and Xi in Beijing"]);
    for (const d of docs) expect(d.sentences, d.title).toBe(d.expected);
    expect(orphans).toEqual({ sentences: 0, evidence: 0 });
    expect(docs.find((d) => d.title === "Putin and Xi in Beijing")).toMatchObject({ source: "https://news.example/putin-xi", outlet: "Example Wire", key: "https://news.example/putin-xi" });
    expect(docs.find((d) => d.title === "Erdogan in Ankara")).toMatchObject({ outlet: "Wire Two", key: "https://news.example/ankara" });
    expect(docs.find((d) => d.title === "Gulf talks")!.key).toBe(`file:${path.join(dir, "nested", "good.md")}`);
  }, 180_000);

  it("skips unchanged articles on a re-run, and replaces a changed one", async () => {
    const before = await graphCounts();
    const again = await seed([dir, "--jobs", "2"]);
    expect(again.stderr).toMatch(/ 0 written .* 4 unchanged, 5 failed/);
    expect(await graphCounts()).toEqual(before);

    const old = (await documents()).docs.find((d) => d.title === "Gulf talks")!;
    fs.writeFileSync(path.join(dir, "nested", "good.md"), GOOD_MD.replace("Egypt", "Jordan"));
    const changed = await seed([dir, "--jobs", "1", "--format", "json"]);
    expect(changed.stderr).toMatch(/ 1 written \(1 replacing an earlier version\), 3 unchanged, 5 failed/);
    expect(JSON.parse(changed.stdout)).toMatchObject({ written: 1, replaced: 1, unchanged: 3, failed: 5 });
    const { docs, orphans } = await documents();
    expect(docs).toHaveLength(4);
    expect(docs.map((d) => d.id)).not.toContain(old.id);
    expect(orphans).toEqual({ sentences: 0, evidence: 0 });
    // Jordan came in with the new text; Egypt, held only by the old one, went with it.
    const entities = await readTx(async (tx) => (await tx.run("MATCH (e:Entity) WHERE e.id IN ['jordan', 'egypt'] RETURN collect(e.id) AS ids")).records[0]!.get("ids") as string[]);
    expect(entities).toEqual(["jordan"]);
  }, 180_000);

  it("rejects --jobs that is not a positive integer", async () => {
    const run = await seed([dir, "--jobs", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jobs must be a positive integer/);
  });
});

describe("the neo4j:// routing scheme", () => {
  const routed = process.env.NEO4J_URI!.replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:");

  it("runs a bulk ingest of JSON Lines through neo4j://", async () => {
    const file = path.join(process.env.SANAD_TEST_TMP!, "routed.jsonl");
    fs.writeFileSync(file, JSON.stringify({ title: "Routed", text: "Abdel Fattah el-Sisi met Mohammed bin Salman in Riyadh.", source: "https://news.example/routed", outlet: "Routed Wire" }) + "\n");
    expect(routed).toMatch(/^neo4j:\/\//);
    const run = await seed([file, "--jobs", "1"], { ...process.env, NEO4J_URI: routed });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 written/);
  }, 120_000);

  it("serves the app's routes through neo4j://", async () => {
    const bolt = process.env.NEO4J_URI;
    await closeDriver();
    process.env.NEO4J_URI = routed;
    vi.resetModules();
    try {
      const { env } = await import("@/lib/env");
      expect(env().neo4j.uri).toBe(routed);
      const { GET: graph } = await import("@/app/api/graph/route");
      const res = await graph(new NextRequest("http://test/api/graph"));
      expect(res.status).toBe(200);
      const view = (await res.json()) as { nodes: { id: string }[] };
      expect(view.nodes.length).toBeGreaterThan(0);
      const { GET: document } = await import("@/app/api/documents/[id]/route");
      const id = (await documents()).docs.find((d) => d.title === "Routed")!.id;
      const doc = await document(new Request(`http://test/api/documents/${id}`), { params: Promise.resolve({ id }) });
      expect(doc.status).toBe(200);
      await (await import("@/lib/neo4j")).closeDriver();
    } finally {
      process.env.NEO4J_URI = bolt;
      vi.resetModules();
    }
  }, 120_000);
});
