// The request rules over HTTP, against the app served as `npm start` serves it (scripts/support/serve.mjs): where it
// listens, cross-site and non-JSON writes, foreign Host names, malformed encodings, the token and its rate limit, and
// a server exposed beyond loopback without a token of its own.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { canReadSockets, isLoopback, listeners } from "../tests/support/listening-sockets";
import { expect, test } from "./fixtures";

interface Serve {
  args: string[];
  env: NodeJS.ProcessEnv;
  host: string;
  token: string | null;
  tokenFile: string | null;
}
interface ServeModule {
  serveCommand(o: { nextBin: string; port: number; env: NodeJS.ProcessEnv; dataDir: string }): Serve;
  browseUrl(host: string, port: number): string;
  exposureNotice(serve: Serve, url: string): string;
}

const base = new URL(process.env.SANAD_BASE_URL ?? "http://127.0.0.1:3000");

/** A raw HTTP request, so Host and the body's type are exactly what a test says (fetch would fix them up). */
function raw(url: URL, method: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; type: string; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers: { ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}), ...headers } }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (data += d));
      res.on("end", () => {
        let json: unknown = null;
        try {
          json = JSON.parse(data);
        } catch {}
        resolve({ status: res.statusCode!, type: String(res.headers["content-type"] ?? ""), json });
      });
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const documentCount = async () => ((await (await fetch(`${base.origin}/api/documents?limit=1`)).json()) as { total: number }).total;
const queryCount = async () => ((await (await fetch(`${base.origin}/api/queries`)).json()) as { queries: unknown[] }).queries.length;
const article = JSON.stringify({ text: "Kenyan President William Ruto met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday.", title: "cross-site test" });

test("with defaults the app listens on loopback only", async () => {
  expect(canReadSockets(), "reading the listening sockets needs Linux /proc").toBe(true);
  const addresses = listeners(Number(base.port));
  expect(addresses.length).toBeGreaterThan(0);
  for (const a of addresses) expect(isLoopback(a), `listening on ${a}`).toBe(true);
});

test("cross-origin, text/plain and form-encoded writes are refused and change nothing", async () => {
  const [docs, queries] = [await documentCount(), await queryCount()];
  const writes: [string, string, string][] = [
    ["POST", "/api/documents", article],
    ["POST", "/api/queries", JSON.stringify({ name: "x", cypher: "RETURN 1" })],
    ["POST", "/api/curation", JSON.stringify({ action: "reject", relation: "co_mentioned:china:russia" })],
    ["PUT", "/api/queries/neighbourhood", JSON.stringify({ name: "renamed" })],
    ["DELETE", "/api/queries/neighbourhood", ""],
  ];
  for (const [method, p, body] of writes) {
    const url = new URL(p, base);
    const cross = await raw(url, method, { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" }, body);
    expect(cross.status, `${method} ${p} cross-origin`).toBe(403);
    expect(cross.json).toMatchObject({ error: { code: "forbidden" } });
    if (!body) continue;
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await raw(url, method, { "content-type": type }, body);
      expect(res.status, `${method} ${p} as ${type}`).toBe(415);
    }
  }
  expect(await documentCount()).toBe(docs);
  expect(await queryCount()).toBe(queries);
});

test("a foreign Host is refused with 421, pages and API alike", async () => {
  for (const p of ["/api/health", "/api/graph", "/api/search?q=china"]) {
    const res = await raw(new URL(p, base), "GET", { host: "rebound.example" });
    expect(res.status, p).toBe(421);
    expect(res.json).toMatchObject({ error: { code: "misdirected" } });
  }
  expect((await raw(new URL("/api/health", base), "GET", { host: `localhost:${base.port}` })).status).toBe(200);
});

test("malformed percent-encodings in every dynamic segment and in query strings answer a JSON 4xx", async () => {
  const bad = "%ED%A0%80";
  const paths = [
    ["GET", `/api/entities/${bad}`],
    ["GET", `/api/documents/${bad}`],
    ["DELETE", `/api/documents/${bad}`],
    ["POST", `/api/documents/${bad}/reingest`],
    ["GET", `/api/queries/${bad}`],
    ["POST", `/api/queries/${bad}/run`],
    ["GET", `/api/queries/${bad}/runs`],
    ["GET", `/api/relations/${bad}`],
    ["POST", `/api/curation/${bad}/undo`],
    ["GET", `/api/search?q=${bad}`],
    ["GET", `/api/graph?focus=%E0%A4%A`],
    ["GET", `/api/paths?from=china&to=${bad}`],
  ];
  for (const [method, p] of paths) {
    const res = await raw(new URL(p!, base), method!);
    expect(res.status, `${method} ${p}`).toBeGreaterThanOrEqual(400);
    expect(res.status, `${method} ${p}`).toBeLessThan(500);
    expect(res.type, `${method} ${p}`).toContain("application/json");
    expect(res.json, `${method} ${p}`).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  }
});

test("with the token set, changes need it, curl with it works, and wrong tokens are rate-limited", async ({ tokenServer }) => {
  const url = new URL("/api/queries", tokenServer.url);
  const body = JSON.stringify({ slug: `rule-test-${Date.now()}`, name: "rule test", cypher: "MATCH (e:Entity) RETURN e.id LIMIT 1" });
  const json = { "content-type": "application/json" };
  expect((await raw(url, "POST", json, body)).status).toBe(401);
  const made = await raw(url, "POST", { ...json, authorization: `Bearer ${tokenServer.token}` }, body);
  expect(made.status).toBe(201);
  const id = (made.json as { slug: string }).slug;
  // Read-only POSTs need no token.
  expect((await raw(new URL(`/api/queries/${id}/run`, tokenServer.url), "POST", json, "{}")).status).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await raw(new URL(`/api/queries/${id}`, tokenServer.url), "DELETE", { authorization: `Bearer wrong-${i}` })).status);
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses[10]).toBe(429);
});

test("served beyond loopback without a token, the app makes one, keeps it 0600 and refuses writes without it", async () => {
  const { serveCommand, browseUrl, exposureNotice } = (await import(path.join(process.cwd(), "scripts/support/serve.mjs"))) as ServeModule;
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanad-exposed-"));
  const env = { ...process.env, SANAD_DIST_DIR: process.env.SANAD_DIST_DIR ?? ".next-test", SANAD_HOST: "0.0.0.0", SANAD_ADMIN_TOKEN: "" };
  const serve = serveCommand({ nextBin: path.join(process.cwd(), "node_modules/next/dist/bin/next"), port, env, dataDir });
  expect(serve.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  expect(fs.statSync(serve.tokenFile!).mode & 0o777).toBe(0o600);
  expect(exposureNotice(serve, browseUrl(serve.host, port))).toContain(serve.token!);
  const server = spawn(process.execPath, serve.args, { env: serve.env, stdio: "ignore", detached: true });
  try {
    const local = new URL(`http://127.0.0.1:${port}`);
    await expect.poll(() => raw(new URL("/api/health", local), "GET").then((r) => r.status, () => 0), { timeout: 90_000 }).toBe(200);
    expect(listeners(port)).toContain("0.0.0.0");
    const body = JSON.stringify({ slug: `exposed-${port}`, name: "exposed", cypher: "RETURN 1" });
    expect((await raw(new URL("/api/queries", local), "POST", { "content-type": "application/json" }, body)).status).toBe(401);
    const ok = await raw(new URL("/api/queries", local), "POST", { "content-type": "application/json", authorization: `Bearer ${serve.token}` }, body);
    expect(ok.status).toBe(201);
    expect((await raw(new URL(`/api/queries/${(ok.json as { slug: string }).slug}`, local), "DELETE", { authorization: `Bearer ${serve.token}` })).status).toBeLessThan(300);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
