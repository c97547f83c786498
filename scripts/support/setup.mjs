// Shared set-up steps of `npm start` and `npm test`; dependency-free because they run before `npm ci`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Prints one phase line with its duration: "▸ name … done (1.2 s)". */
export async function phase(name, work) {
  const t0 = performance.now();
  process.stdout.write(`▸ ${name} …\n`);
  try {
    const result = await work();
    process.stdout.write(`  ${name}: done (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    return result;
  } catch (err) {
    process.stdout.write(`  ${name}: failed (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    throw err;
  }
}

/** An error whose message is the whole story: printed as one line, no stack. */
export class SetupError extends Error {}

/** Runs a command; resolves with its output, rejects with the output's tail. `inherit` streams it instead. */
export function run(cmd, args, { env = process.env, inherit = false, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", (err) => reject(new SetupError(`cannot run ${cmd}: ${err.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(out);
      else {
        const tail = out.trim().split("\n").slice(-25).join("\n");
        reject(new SetupError(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${tail ? `:\n${tail}` : ""}`));
      }
    });
  });
}

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 9)) throw new SetupError(`Node.js 20.9 or newer is required (this is ${process.version})`);
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** `npm ci` when node_modules is missing or older than package-lock.json; then `prisma generate` when the client is stale. */
export async function ensureDependencies() {
  const lock = path.join(ROOT, "package-lock.json");
  const installed = path.join(ROOT, "node_modules", ".package-lock.json");
  if (mtime(installed) < mtime(lock)) {
    await phase("install dependencies (npm ci)", () => run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]));
  }
  const generated = path.join(ROOT, "lib", "generated", "prisma", "client.ts");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  if (mtime(generated) < Math.max(mtime(schema), mtime(installed))) {
    await phase("generate Prisma client", () => run(process.execPath, [bin("prisma"), "generate"], { env: childEnv() }));
  }
}

/** The JS entry of a locally installed CLI, run with this Node (no shell, no npx). */
export function bin(name) {
  const entries = {
    prisma: "node_modules/prisma/build/index.js",
    tsx: "node_modules/tsx/dist/cli.mjs",
    next: "node_modules/next/dist/bin/next",
    vitest: "node_modules/vitest/vitest.mjs",
    playwright: "node_modules/@playwright/test/cli.js",
    eslint: "node_modules/eslint/bin/eslint.js",
    tsc: "node_modules/typescript/bin/tsc",
  };
  return path.join(ROOT, entries[name]);
}

/** Environment for child processes: the caller's, plus Sanad's defaults. */
export function childEnv(extra = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...extra };
}

export async function migrate(env) {
  await run(process.execPath, [bin("prisma"), "migrate", "deploy"], { env });
}

export function portFree(port, host = "0.0.0.0") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Polls a URL until it answers (any status) or the time runs out. */
export async function waitForHttp(url, { timeoutMs = 60_000, isDone = () => false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isDone()) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return res;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new SetupError(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** True when a production build exists and no source file is newer than it. */
export function buildIsFresh(distDir) {
  const built = mtime(path.join(ROOT, distDir, "BUILD_ID"));
  if (!built) return false;
  const newest = (dir) => {
    let max = 0;
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "generated" || entry.name === "node_modules") continue;
        max = Math.max(max, newest(rel));
      } else max = Math.max(max, mtime(path.join(ROOT, rel)));
    }
    return max;
  };
  const sources = ["app", "lib"].map(newest);
  const files = ["package-lock.json", "next.config.js", "proxy.ts", "tsconfig.json"].map((f) => mtime(path.join(ROOT, f)));
  return Math.max(...sources, ...files) < built;
}
