// Playwright fixtures: an explorer page whose canvas has finished its first layout, and a console-error trap.
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

export const test = base.extend<Fixtures>({
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

/** Clicks an edge at its rendered midpoint. */
export async function clickEdge(page: Page, id: string) {
  const pos = await page.evaluate((edgeId) => {
    const cy = window.cy!;
    const p = cy.getElementById(edgeId).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(pos.x, pos.y);
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
