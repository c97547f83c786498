import { canvasNodes, canvasReady, clickNode, expect, test, visibleNodeIds } from "./fixtures";

test("a type filter hides that type's nodes and the URL keeps it", async ({ explorer, consoleErrors }) => {
  const topics = (await canvasNodes(explorer)).filter((n) => n.type === "topic").length;
  expect(topics).toBeGreaterThan(0);
  await explorer.getByRole("checkbox", { name: "Show Topic" }).uncheck();
  // The canvas applies the filter after React re-renders: poll until it has (it failed on a busy machine otherwise).
  await expect.poll(() => explorer.evaluate(() => window.cy!.nodes("[type = 'topic']").filter((n) => n.visible()).length)).toBe(0);
  await expect(explorer).toHaveURL(/hide=topic/);
  await explorer.getByText("Relations and more").click();
  await explorer.getByRole("checkbox", { name: "co-mentions" }).uncheck();
  await expect.poll(() => explorer.evaluate(() => window.cy!.edges("[type = 'CO_MENTIONED']").filter((e) => e.visible()).length)).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test("a relation-type filter hides the edges of that type", async ({ explorer }) => {
  const opposes = () => explorer.evaluate(() => window.cy!.edges("[type = 'OPPOSES']").filter((e) => e.visible()).length);
  expect(await opposes()).toBeGreaterThan(0);
  await explorer.getByText("Relations and more").click();
  await explorer.getByText("Relation types").click();
  await explorer.getByRole("checkbox", { name: "Show OPPOSES" }).uncheck();
  expect(await opposes()).toBe(0);
  await expect(explorer).toHaveURL(/hiderel=OPPOSES/);
  // Other typed relations stay.
  expect(await explorer.evaluate(() => window.cy!.edges("[type = 'SUPPORTS']").filter((e) => e.visible()).length)).toBeGreaterThan(0);
});

test("filtering everything out says so and offers a reset", async ({ explorer }) => {
  for (const name of await explorer.getByRole("checkbox", { name: /^Show [A-Z][a-z]+$/ }).all()) await name.uncheck();
  await expect(explorer.getByTestId("all-filtered")).toContainText("Nothing matches the filters");
  await explorer.getByRole("button", { name: "Reset the filters" }).click();
  await expect(explorer.getByTestId("all-filtered")).toHaveCount(0);
  expect((await visibleNodeIds(explorer)).length).toBeGreaterThan(5);
});

test("focusing an entity shows its neighbourhood; a copied link reproduces the view", async ({ explorer, page, browser }) => {
  // A second page loads and lays out the same view: on two busy cores it outgrows the default 30 s.
  test.slow();
  const all = (await canvasNodes(explorer)).length;
  await clickNode(explorer, "taiwan");
  await explorer.getByRole("button", { name: "Focus on its neighbourhood" }).click();
  await expect(explorer.getByTestId("focus-banner")).toContainText("Taiwan");
  // The focused graph replaces the whole one once it has loaded.
  await expect.poll(async () => (await canvasNodes(explorer)).length).toBeLessThan(all);
  await canvasReady(explorer);
  const focused = await canvasNodes(explorer);
  expect(focused.map((n) => n.id)).toContain("taiwan");
  await expect(explorer).toHaveURL(/focus=taiwan/);

  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await canvasReady(fresh);
  expect((await canvasNodes(fresh)).length).toBe(focused.length);
  await expect(fresh.getByTestId("entity-panel").getByRole("heading", { name: "Taiwan" })).toBeVisible();
  await fresh.getByRole("button", { name: "Show everything" }).click();
  await expect(fresh.getByTestId("focus-banner")).toHaveCount(0);
  await fresh.close();
});

test("a copied URL with focus, expansion, hidden nodes, filters, selection and an open document reproduces the view", async ({ explorer, page, browser }) => {
  // Two pages, each loading and laying out a graph: on two busy cores it outgrows the default 30 s.
  test.slow();
  // With co-mentions shown (co=1): the cities are only ever co-mentioned.
  await explorer.goto("/?focus=taiwan&co=1");
  await canvasReady(explorer);
  await clickNode(explorer, "china");
  const panel = explorer.getByTestId("entity-panel");
  await panel.getByRole("button", { name: "Expand neighbours" }).click();
  await expect(explorer).toHaveURL(/expand=china/);
  await canvasReady(explorer);
  await panel.getByRole("button", { name: "Hide" }).click();
  await expect(explorer).toHaveURL(/hidden=china/);
  await explorer.getByRole("checkbox", { name: "Show City" }).uncheck();
  // A filter lays the graph out again: click once it has settled.
  await expect(explorer).toHaveURL(/hide=city/);
  await canvasReady(explorer);
  await clickNode(explorer, "russia");
  await explorer.getByTestId("entity-panel").getByRole("link", { name: "sentence 1" }).first().click();
  await expect(explorer.getByTestId("reader")).toBeVisible();
  await canvasReady(explorer);
  const view = { url: page.url(), nodes: (await canvasNodes(explorer)).map((n) => n.id).sort(), visible: await visibleNodeIds(explorer) };
  expect(view.visible).not.toContain("china");
  expect(view.visible.some((id) => id === "beijing" || id === "moscow")).toBe(false);

  const fresh = await browser.newPage();
  await fresh.goto(view.url);
  await canvasReady(fresh);
  expect((await canvasNodes(fresh)).map((n) => n.id).sort()).toEqual(view.nodes);
  expect(await visibleNodeIds(fresh)).toEqual(view.visible);
  await expect(fresh.getByTestId("entity-panel").getByRole("heading", { name: "Russia" })).toBeVisible();
  await expect(fresh.getByTestId("reader").locator(".reader-sentence.selected")).toHaveCount(1);
  // The legend starts folded when the reader and the details share the screen; it counts the filters (city, co-mentions).
  await fresh.getByRole("button", { name: "Filters (2)" }).click();
  await expect(fresh.getByRole("checkbox", { name: "Show City" })).not.toBeChecked();
  await fresh.close();
});
