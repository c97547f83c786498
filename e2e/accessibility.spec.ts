// axe-core (the engine @axe-core/playwright wraps) run in the page: no serious or critical violation on the main pages.
import path from "node:path";
import type { Page } from "@playwright/test";
import { canvasReady, expect, test } from "./fixtures";

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js") });
  const result = await page.evaluate(() => (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
}

for (const [name, url] of [
  ["the explorer", "/"],
  ["the explorer with a selection and the list view", "/?entity=russia"],
  ["the explorer with a path", "/?from=taiwan&to=xi-jinping"],
  ["the documents page", "/documents"],
  ["the saved queries page", "/queries"],
  ["the add page", "/add"],
] as const) {
  test(`axe finds no serious or critical violation on ${name}`, async ({ page }) => {
    await page.goto(url);
    if (url.startsWith("/?") || url === "/") {
      await canvasReady(page);
      if (url.includes("entity=")) {
        await expect(page.getByTestId("entity-relations")).toBeVisible();
        await page.getByRole("button", { name: "List view" }).click();
      }
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}
