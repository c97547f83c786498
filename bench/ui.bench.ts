// The graph canvas in chromium: synthetic graphs of 2,000 nodes / 5,000 edges and 10,000 / 25,000 with precomputed
// positions (layout is not timed), fed to the explorer's GraphCanvas and to a bare cytoscape page in the same run:
// time to the first painted frame, and the time between frames while panning and zooming (requestAnimationFrame).
// Headless chromium has no GPU here (WebGL runs on SwiftShader): absolute frame rates are indicative, ratios are the point.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { report, type Figure } from "./report";

interface Setup {
  bin(name: string): string;
  buildIsFresh(distDir: string): boolean;
  childEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
  run(cmd: string, args: string[], opts?: { env?: NodeJS.ProcessEnv; inherit?: boolean }): Promise<string>;
  waitForHttp(url: string, opts?: { timeoutMs?: number }): Promise<unknown>;
}
const setup = (await import(path.join(process.cwd(), "scripts/support/setup.mjs"))) as Setup;
const { findFreePort } = (await import(path.join(process.cwd(), "scripts/support/neo4j-local.mjs"))) as { findFreePort(): Promise<number> };

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 120);
const SIZES = process.env.BENCH_TINY
  ? [{ name: "200/500", nodes: 200, edges: 500 }]
  : [
      { name: "2k/5k", nodes: 2_000, edges: 5_000 },
      { name: "10k/25k", nodes: 10_000, edges: 25_000 },
    ];
const DIST = ".next-test";

const env = setup.childEnv({ SANAD_DIST_DIR: DIST, NEXT_PUBLIC_SANAD_TEST: "1" });
if (!setup.buildIsFresh(DIST)) {
  console.log("  building the test build (.next-test) …");
  await setup.run(process.execPath, [setup.bin("next"), "build"], { env });
}
const port = await findFreePort();
const server = spawn(process.execPath, [setup.bin("next"), "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {}
};
process.on("exit", stopServer);

interface Sample {
  firstRenderMs: number;
  renderer: string;
  meanFrameMs: number;
  p95FrameMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function sample(browser: Browser, query: string, frameCount = FRAMES): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(`http://127.0.0.1:${port}/bench/graph?${query}`);
    await page.waitForFunction(() => window.__bench?.firstRenderMs !== undefined, null, { timeout: 180_000, polling: 100 });
    const { firstRenderMs, renderer } = await page.evaluate(() => ({ firstRenderMs: window.__bench!.firstRenderMs!, renderer: window.__bench!.renderer! }));
    await page.evaluate(() => window.__bench!.frameTimes!(10)); // warm-up
    const frames = await page.evaluate((n) => window.__bench!.frameTimes!(n), frameCount);
    if (errors.length) throw new Error(`the page logged errors: ${errors.join(" | ")}`);
    return { firstRenderMs, renderer, meanFrameMs: frames.reduce((a, b) => a + b, 0) / frames.length, p95FrameMs: percentile(frames, 95) };
  } finally {
    await page.close();
  }
}

const figures: Figure[] = [];
try {
  await setup.waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 60_000 });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
  });
  try {
    for (const size of SIZES) {
      const q = `nodes=${size.nodes}&edges=${size.edges}`;
      const variants = { ours: `${q}&mode=ours`, bare: `${q}&mode=bare`, fullStyle: `${q}&mode=ours&renderer=canvas` };
      const runs: Record<keyof typeof variants, Sample[]> = { ours: [], bare: [], fullStyle: [] };
      // Interleaved, so every variant sees the same machine state (two cores, shared).
      for (let r = 0; r < RUNS; r++) for (const [k, query] of Object.entries(variants)) runs[k as keyof typeof variants].push(await sample(browser, query));
      const m = (k: keyof typeof variants, f: keyof Omit<Sample, "renderer">) => median(runs[k].map((s) => s[f]));
      const renderer = runs.ours[0]!.renderer;
      figures.push(
        { name: `${size.name} first render`, unit: "ms", value: m("ours", "firstRenderMs"), baseline: m("bare", "firstRenderMs"), better: "lower", goal: size.nodes <= 2_000 ? "value <= 2000 ms" : "informative" },
        { name: `${size.name} frame time, pan/zoom (mean)`, unit: "ms", value: m("ours", "meanFrameMs"), baseline: m("bare", "meanFrameMs"), better: "lower", goal: `ratio <= 1.2 (ours: ${renderer} renderer, big-graph style; baseline: bare cytoscape, default style)` },
        { name: `${size.name} frame time, pan/zoom (p95)`, unit: "ms", value: m("ours", "p95FrameMs"), baseline: m("bare", "p95FrameMs"), better: "lower", goal: "informative" },
        { name: `${size.name} frame time, explorer's full style (mean)`, unit: "ms", value: m("fullStyle", "meanFrameMs"), baseline: m("bare", "meanFrameMs"), better: "lower", goal: "informative: what the big-graph style saves" },
      );
      if (size.nodes <= 2_000) {
        // WebGL pinned on, whatever the machine: on a software GL (SwiftShader here) it is what "auto" avoids.
        const webgl = await sample(browser, `${q}&mode=ours&renderer=webgl`, 8);
        figures.push({ name: `${size.name} frame time, WebGL renderer pinned (mean of 8)`, unit: "ms", value: webgl.meanFrameMs, baseline: m("bare", "meanFrameMs"), better: "lower", goal: "informative: WebGL on this machine's GL" });
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  stopServer();
}

report("ui", figures);
