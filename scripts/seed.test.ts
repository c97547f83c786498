// The seed CLI as a user runs it (dry runs only: no database needed).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaJson } from "./seed-schema";
import { seedFormat } from "../graph-seed/seed-format";

const root = path.resolve(__dirname, "..");
const article = path.join(root, "graph-seed", "articles", "article-ar.txt");

function seed(args: string[], input?: string | Buffer) {
  const res = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "seed.ts"), ...args], { cwd: root, input, encoding: "utf8", env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1" } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe("npm run seed -- --dry-run --format json", () => {
  it("prints exactly one JSON object matching the documented schema", () => {
    const { code, stdout } = seed([article, "--dry-run", "--format", "json"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const out = seedFormat.parse(JSON.parse(stdout));
    expect(out.document.lang).toBe("ar");
    expect(out.entities.map((e) => e.id)).toEqual([...out.entities.map((e) => e.id)].sort());
    expect(out.relations.some((r) => r.type === "CO_MENTIONED" && typeof r.properties?.weight === "number")).toBe(true);
    expect(out.document.title.length).toBeLessThanOrEqual(91);
  });

  it("reads stdin and takes --title and --lang", () => {
    const { code, stdout } = seed(["-", "--dry-run", "--format", "json", "--title", "Short", "--lang", "en"], "Putin met Xi in Beijing.");
    expect(code).toBe(0);
    const out = seedFormat.parse(JSON.parse(stdout));
    expect(out.document).toMatchObject({ title: "Short", lang: "en" });
    expect(out.entities.map((e) => e.id)).toEqual(["beijing", "vladimir-putin", "xi-jinping"]);
  });

  it("keeps docs/seed-format.schema.json in step with the schema", () => {
    expect(fs.readFileSync(path.join(root, "docs", "seed-format.schema.json"), "utf8")).toBe(schemaJson());
  });
});

describe("bad input gets a clear error and no stack trace", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sanad-cli-"));

  it.each([
    [["--lang", "fr", "--dry-run"], 2, /--lang must be ar or en/],
    [["--format", "xml", "--dry-run"], 2, /--format must be text or json/],
    [["--published", "yesterday-ish", "--dry-run"], 2, /--published must be a date/],
    [["--bogus"], 2, /Unknown option/],
    [[path.join(tmp, "missing.txt"), "--dry-run"], 1, /cannot read .*no such file/],
  ])("%j exits %i", (args, code, message) => {
    const res = seed(args as string[]);
    expect(res.code).toBe(code);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses invalid UTF-8 and oversized files", () => {
    const bad = path.join(tmp, "latin1.txt");
    fs.writeFileSync(bad, Buffer.from([0x43, 0x68, 0x69, 0x6e, 0xe9, 0x0a]));
    const res = seed([bad, "--dry-run"]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/not valid UTF-8/);
    const big = seed([article, "--dry-run", "--max-bytes", "100"]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/limit is 100 bytes/);
  });

  it("reports an unreachable graph in one line when writing", () => {
    const res = seed([article]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/error: the graph database is unreachable/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
