import { canvasNodes, clickNode, expect, test } from "./fixtures";

test("a type filter hides that type's nodes and the URL keeps it", async ({ explorer, consoleErrors }) => {
  const topics = (await canvasNodes(explorer)).filter((n) => n.type === "topic").length;
  expect(topics).toBeGreaterThan(0);
  await explorer.getByRole("checkbox", { name: "Show Topic" }).uncheck();
  // The canvas applies the filter after React re-renders: poll until it has (it failed on a busy machine otherwise).
  await expect.poll(() => explorer.evaluate(() => window.cy!.nodes("[type = 'topic']").filter((n) => n.visible()).length)).toBe(0);
  await expect(explorer).toHaveURL(/hide=topic/);
  await explorer.getByRole("checkbox", { name: "co-mentions" }).uncheck();
  await expect.poll(() => explorer.evaluate(() => window.cy!.edges("[type = 'CO_MENTIONED']").filter((e) => e.visible()).length)).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test("focusing an entity shows its neighbourhood; a copied link reproduces the view", async ({ explorer, page, browser }) => {
  const all = (await canvasNodes(explorer)).length;
  await clickNode(explorer, "taiwan");
  await explorer.getByRole("button", { name: "Focus on its neighbourhood" }).click();
  await expect(explorer.getByTestId("focus-banner")).toContainText("Taiwan");
  // The focused graph replaces the whole one once it has loaded.
  await expect.poll(async () => (await canvasNodes(explorer)).length).toBeLessThan(all);
  await expect(explorer.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  const focused = await canvasNodes(explorer);
  expect(focused.map((n) => n.id)).toContain("taiwan");
  await expect(explorer).toHaveURL(/focus=taiwan/);

  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect((await canvasNodes(fresh)).length).toBe(focused.length);
  await expect(fresh.getByTestId("entity-panel").getByRole("heading", { name: "Taiwan" })).toBeVisible();
  await fresh.getByRole("button", { name: "Show everything" }).click();
  await expect(fresh.getByTestId("focus-banner")).toHaveCount(0);
  await fresh.close();
});
