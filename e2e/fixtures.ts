// Playwright fixtures: an explorer page whose canvas has finished its first layout, a console-error trap, and a second
// server of the same build that wants the admin token.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

export interface CanvasNode {
  id: string;
  label: string;
  type: string;
}

type Fixtures = {
  consoleErrors: string[];
  explorer: Page;
};

type WorkerFixtures = {
  /** The test build served again with SANAD_ADMIN_TOKEN set, on the same Neo4j and SQLite: changes need the token. */
  tokenServer: { url: string; token: string };
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  tokenServer: [
    async ({}, use) => {
      const token = `e2e-admin-${randomUUID()}`;
      const port = await freePort();
      const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
      // The same environment as the server `npm test` started (database, dist dir), plus the token.
      const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
        env: { ...process.env, SANAD_DIST_DIR: process.env.SANAD_DIST_DIR ?? ".next-test", SANAD_ADMIN_TOKEN: token },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      let log = "";
      server.stdout!.on("data", (d) => (log += d));
      server.stderr!.on("data", (d) => (log += d));
      const url = `http://127.0.0.1:${port}`;
      try {
        const deadline = Date.now() + 90_000;
        for (;;) {
          if (server.exitCode !== null) throw new Error(`the token server exited (${server.exitCode}):\n${log}`);
          const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
          if (ok) break;
          if (Date.now() > deadline) throw new Error(`the token server did not answer at ${url} within 90 s:\n${log}`);
          await new Promise((r) => setTimeout(r, 250));
        }
        await use({ url, token });
      } finally {
        try {
          process.kill(-server.pid!, "SIGTERM");
        } catch {}
      }
    },
    { scope: "worker", timeout: 120_000 },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(err.message));
    await use(errors);
  },
  explorer: async ({ page }, use) => {
    await page.goto("/");
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    await use(page);
  },
});

/** The nodes cytoscape holds, read through the test build's window.cy. */
export async function canvasNodes(page: Page): Promise<CanvasNode[]> {
  return page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), label: n.data("label") as string, type: n.data("type") as string })));
}

/** Clicks a node where cytoscape renders it (a real mouse click on the canvas). */
export async function clickNode(page: Page, id: string) {
  const pos = await page.evaluate((nodeId) => {
    const cy = window.cy!;
    const node = cy.getElementById(nodeId);
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(pos.x, pos.y);
}

export { expect };

/**
 * Clicks an edge with the mouse: centred in the view first, then at the point along it nearest its middle that cytoscape
 * picks as this edge (in a dense graph the middle can sit under another edge or a label), trying the next point while
 * the click selects another.
 */
export async function clickEdge(page: Page, id: string) {
  // Parallel edges (five between Russia and China) lie close together: zoom further in until a click picks this one.
  for (const minZoom of [1.2, 2, 3]) {
    const points = await page.evaluate(
      ({ edgeId, minZoom }) => {
        const cy = window.cy!;
        const edge = cy.getElementById(edgeId);
        // In the middle of the canvas, away from the overlays (legend, banners), and large enough to tell apart.
        cy.zoom(Math.max(cy.zoom(), minZoom));
        cy.center(edge);
        const s = edge.sourceEndpoint();
        const t = edge.targetEndpoint();
        const m = edge.midpoint();
        // The quadratic curve through both ends and the midpoint.
        const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
        const at = (u: number) => ({ x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x, y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y });
        const picker = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | undefined } }).renderer();
        const candidates = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8].map(at);
        const picked = candidates.filter((p) => picker.findNearestElement(p.x, p.y, true, false)?.id() === edgeId);
        const zoom = cy.zoom();
        const pan = cy.pan();
        const container = cy.container()!;
        const box = container.getBoundingClientRect();
        // Only points where the canvas itself is on top (not a panel, the legend or a banner over it).
        return [...picked, ...candidates]
          .map((p) => ({ x: box.left + p.x * zoom + pan.x, y: box.top + p.y * zoom + pan.y }))
          .filter((p) => container.contains(document.elementFromPoint(p.x, p.y)));
      },
      { edgeId: id, minZoom },
    );
    for (const p of points) {
      await page.mouse.click(p.x, p.y);
      if (await page.evaluate((edgeId) => window.cy!.getElementById(edgeId).selected(), id)) return;
    }
  }
}

/** Double-clicks a node where cytoscape renders it. */
export async function dblclickNode(page: Page, id: string) {
  const pos = await page.evaluate((nodeId) => {
    const cy = window.cy!;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.dblclick(pos.x, pos.y);
}

/** Waits until the canvas has finished its layout for the current graph. */
export async function canvasReady(page: Page) {
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
}

/** Ids of the nodes the filters and hidden list leave on screen. */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy!.nodes(":visible").map((n) => n.id()).sort());
}
