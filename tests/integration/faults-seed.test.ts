// The seed killed (SIGKILL) in the middle of an article: caught while its write transaction is open on the server,
// killed, and then no trace of the article is in the graph; the next run writes it whole.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { toNumber } from "@/lib/graph/values";
import { closeDriver, readTx } from "@/lib/neo4j";
import { ingest, prepare } from "@/lib/documents/ingest";
import { syntheticCorpus } from "@/bench/synthetic";
import { clearGraph, graphCounts, seedText } from "./helpers";

const file = path.join(process.env.SANAD_TEST_TMP!, "long-article.txt");
// Long enough that writing it takes a while (one transaction of a few thousand rows), well under the 2 MB cap.
const text = syntheticCorpus(1, 600, 7)[0]!.text;
const docId = prepare(text).document.id;

function seed(): ChildProcess {
  // One process (tsx as a loader, not its CLI, which would run the seed in a child that a kill of the parent misses).
  return spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", file], { cwd: process.cwd(), env: process.env, stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Open transactions on the server: those running one of the writer's statements (graph-seed/write.ts), and all of
 * them (a transaction between statements, or committing, shows no query). This monitoring statement is left out.
 */
async function openTransactions(): Promise<{ writing: number; all: number }> {
  return readTx(async (tx) => {
    const res = await tx.run(
      `SHOW TRANSACTIONS YIELD currentQuery
       WHERE NOT currentQuery STARTS WITH 'SHOW'
       RETURN count(*) AS all, count(CASE WHEN any(s IN ['$documentId', 'HAS_SENTENCE', '$mentions', '$evidence'] WHERE currentQuery CONTAINS s) THEN 1 END) AS writing`,
    );
    return { writing: toNumber(res.records[0]?.get("writing")), all: toNumber(res.records[0]?.get("all")) };
  });
}

async function documentState() {
  return readTx(async (tx) => {
    const res = await tx.run(
      `OPTIONAL MATCH (d:Document {id: $id})
       OPTIONAL MATCH (s:Sentence {documentId: $id})
       WITH d, count(s) AS sentences
       OPTIONAL MATCH (v:Evidence {documentId: $id})
       RETURN d IS NOT NULL AS document, sentences, count(v) AS evidence`,
      { id: docId },
    );
    const r = res.records[0]!;
    return { document: r.get("document") as boolean, sentences: toNumber(r.get("sentences")), evidence: toNumber(r.get("evidence")) };
  });
}

beforeAll(async () => {
  fs.writeFileSync(file, text);
  await ensureSchema();
  await clearGraph();
  await ingest(seedText());
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

it("leaves no half document when killed mid-write, and the next run completes the article", async () => {
  const before = await graphCounts();
  const child = seed();
  let output = "";
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once("exit", (code, signal) => r({ code, signal })));
  // Wait for the article's write transaction to be open on the server, then kill the seed outright.
  let caught = false;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if ((await openTransactions()).writing > 0) {
      child.kill("SIGKILL");
      caught = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const { signal } = await exited;
  expect(caught, `the seed finished before its write could be caught:\n${output}`).toBe(true);
  expect(signal).toBe("SIGKILL");
  expect(output).toMatch(/ingesting .* worker thread/); // it had got as far as writing (its transaction was open)
  // The server rolls the orphaned transaction back once it sees the connection gone.
  const settle = Date.now() + 60_000;
  while (Date.now() < settle && (await openTransactions()).all > 0) await new Promise((r) => setTimeout(r, 100));
  expect((await openTransactions()).all).toBe(0);
  const x = prepare(text);
  const whole = { document: true, sentences: x.sentences.length, evidence: x.relations.reduce((n, r) => n + r.evidence.length, 0) };
  const state = await documentState();
  // Killed mid-transaction, the article is not there at all. (Were the kill to land just after the seed had sent its
  // COMMIT, it would be there whole: never in part.)
  expect([{ document: false, sentences: 0, evidence: 0 }, whole]).toContainEqual(state);
  if (!state.document) expect(await graphCounts()).toEqual(before);
  console.log(`faults: seed killed mid-write; the article was ${state.document ? "committed whole (the kill came after COMMIT)" : "rolled back entirely"}`);

  // The next run writes the whole article.
  const again = seed();
  let log = "";
  again.stderr!.on("data", (d) => (log += d));
  const done = await new Promise<number | null>((r) => again.once("exit", (code) => r(code)));
  expect(done, log).toBe(0);
  expect(await documentState()).toEqual(whole);
}, 300_000);
