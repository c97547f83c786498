import { canvasNodes, canvasReady, clickNode, dblclickNode, expect, test, visibleNodeIds } from "./fixtures";

const positions = (page: import("@playwright/test").Page) =>
  page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }])) as Record<string, { x: number; y: number }>);

test("double-clicking a node adds its neighbours in place; nodes already placed keep their positions", async ({ page, consoleErrors }) => {
  await page.goto("/?focus=taiwan");
  await canvasReady(page);
  const before = await positions(page);
  const expected = await page.evaluate(async () => {
    // Co-mentions are hidden: the focus and its expansion walk typed relations.
    const res = await fetch("/api/graph?focus=china&typed=1");
    return ((await res.json()) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
  });
  await dblclickNode(page, "china");
  await expect(page).toHaveURL(/expand=china/);
  await expect.poll(async () => (await canvasNodes(page)).length).toBeGreaterThan(Object.keys(before).length);
  await canvasReady(page);
  const after = await positions(page);
  for (const id of expected) expect(Object.keys(after)).toContain(id);
  for (const [id, p] of Object.entries(before)) {
    expect(after[id]!.x).toBeCloseTo(p.x, 0);
    expect(after[id]!.y).toBeCloseTo(p.y, 0);
  }
  // Expanded to the last neighbour: the panel says so.
  await clickNode(page, "china");
  await expect(page.getByTestId("entity-panel").getByRole("button", { name: "All neighbours shown" })).toBeDisabled();
  expect(consoleErrors).toEqual([]);
});

test("a quick click on one node and then another selects the second and expands nothing", async ({ page, consoleErrors }) => {
  await page.goto("/?focus=taiwan");
  await canvasReady(page);
  const before = (await canvasNodes(page)).length;
  // Within cytoscape's 250 ms double-click window, on two different nodes: not a double-click.
  await clickNode(page, "taiwan");
  await clickNode(page, "china");
  await expect(page.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
  await expect(page).toHaveURL(/entity=china/);
  await page.waitForTimeout(500); // an expansion, had one started, would have pushed its URL by now
  expect(page.url()).not.toContain("expand=");
  expect((await canvasNodes(page)).length).toBe(before);
  expect(consoleErrors).toEqual([]);
});

test("an expansion that leaves neighbours out offers “+N more”, and that fetches the next page", async ({ page }) => {
  const bodies: { visible: string[] }[] = [];
  // The seeded graph is small: pretend the route capped its answer, to see the UI follow the count it reports.
  await page.route("**/api/graph/expand", async (route) => {
    bodies.push(JSON.parse(route.request().postData() ?? "{}"));
    const res = await route.fetch();
    const body = await res.json();
    await route.fulfill({ response: res, json: { ...body, remaining: bodies.length === 1 ? 7 : 0 } });
  });
  await page.goto("/?focus=taiwan");
  await canvasReady(page);
  await dblclickNode(page, "china");
  const more = page.getByRole("button", { name: /Show 7 more neighbours of China/ });
  await expect(more).toBeVisible();
  await more.click();
  await expect(page).toHaveURL(/expand=china%3A2|expand=china:2/);
  await expect.poll(() => bodies.length).toBe(2);
  expect(bodies[1]!.visible.length).toBeGreaterThan(bodies[0]!.visible.length);
  await expect(more).toHaveCount(0);
});

test("hide and collapse take nodes off the canvas, and they come back", async ({ explorer }) => {
  const all = (await visibleNodeIds(explorer)).length;
  await clickNode(explorer, "taiwan");
  await explorer.getByTestId("entity-panel").getByRole("button", { name: "Hide" }).click();
  await expect(explorer).toHaveURL(/hidden=taiwan/);
  // The URL changes first, the canvas on its next update: wait for it (CI caught the read in between).
  await expect.poll(() => visibleNodeIds(explorer)).not.toContain("taiwan");
  await expect(explorer.getByTestId("entity-panel")).toHaveCount(0);
  await explorer.getByRole("button", { name: "1 hidden · show" }).click();
  await expect.poll(async () => (await visibleNodeIds(explorer)).length).toBe(all);

  // Collapse hides the neighbours that hang on the node alone through the edges on screen (typed relations here).
  await explorer.goto("/?co=0");
  await canvasReady(explorer);
  const leaves = await explorer.evaluate(() => {
    const cy = window.cy!;
    const around = (id: string) =>
      cy
        .getElementById(id)
        .connectedEdges(":visible")
        .connectedNodes()
        .map((n) => n.id())
        .filter((n) => n !== id);
    return around("china").filter((n) => around(n).every((m) => m === "china"));
  });
  expect(leaves.length).toBeGreaterThan(0);
  await clickNode(explorer, "china");
  await explorer.getByTestId("entity-panel").getByRole("button", { name: "Collapse" }).click();
  await expect(explorer).toHaveURL(/hidden=/);
  const left = await visibleNodeIds(explorer);
  expect(left).toContain("china");
  for (const id of leaves) expect(left).not.toContain(id);
});

test("back and forward walk through selections and focus", async ({ explorer }) => {
  await clickNode(explorer, "china");
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
  await clickNode(explorer, "russia");
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "Russia" })).toBeVisible();
  await explorer.getByRole("button", { name: "Focus on its neighbourhood" }).click();
  await expect(explorer.getByTestId("focus-banner")).toContainText("Russia");

  await explorer.goBack();
  await expect(explorer.getByTestId("focus-banner")).toHaveCount(0);
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "Russia" })).toBeVisible();
  await explorer.goBack();
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
  expect(await explorer.evaluate(() => window.cy!.getElementById("china").selected())).toBe(true);
  await explorer.goBack();
  await expect(explorer.getByTestId("entity-panel")).toHaveCount(0);
  await explorer.goForward();
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
});

test("paths: pick two entities, see the shortest paths, click an edge for its evidence", async ({ explorer, consoleErrors }) => {
  await explorer.getByRole("button", { name: "Paths" }).click();
  await explorer.getByRole("combobox", { name: "From entity" }).fill("تايوان");
  await explorer.getByRole("option", { name: /Taiwan/ }).click();
  await explorer.getByRole("combobox", { name: "To entity" }).fill("Xi");
  await explorer.getByRole("option", { name: /Xi Jinping/ }).click();
  await explorer.getByRole("button", { name: "Find paths" }).click();
  await expect(explorer).toHaveURL(/from=taiwan&to=xi-jinping/);
  const banner = explorer.getByTestId("path-banner");
  await expect(banner).toContainText("Shortest paths from Taiwan to Xi Jinping");
  await canvasReady(explorer);
  const ids = (await canvasNodes(explorer)).map((n) => n.id);
  expect(ids).toContain("taiwan");
  expect(ids).toContain("xi-jinping");
  const first = banner.locator(".path-list li").first();
  await expect(first).toContainText("Taiwan");
  await first.locator("button.rel-type").first().click();
  const panel = explorer.getByTestId("relation-panel");
  await expect(panel.getByTestId("evidence").first()).toBeVisible();
  await expect(panel.locator("p.sentence mark").first()).not.toBeEmpty();
  expect(consoleErrors).toEqual([]);
});

test("the sentence search lists hits with their entities and opens the reader at the sentence", async ({ explorer, consoleErrors }) => {
  await explorer.getByRole("button", { name: "Sentences" }).click();
  const box = explorer.getByRole("combobox", { name: "Search sentences" });
  await box.fill("الهيمنة");
  const hit = explorer.getByRole("option").first();
  await expect(hit).toContainText("الهيمنة");
  await expect(hit.locator(".chip")).toContainText(["Hegemony"]);
  await box.press("Enter");
  await expect(explorer).toHaveURL(/doc=doc-.*sentence=2/);
  await expect(explorer.getByTestId("reader").locator(".reader-sentence.selected")).toContainText("الهيمنة");
  await expect.poll(() => explorer.evaluate(() => window.cy!.getElementById("hegemony").hasClass("highlighted"))).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test("Arabic labels are drawn with the shipped Arabic face", async ({ explorer }) => {
  const font = await explorer.evaluate(() => window.cy!.getElementById("china").style("font-family"));
  expect(font).toContain("Sanad Arabic");
  expect(await explorer.evaluate(() => document.fonts.check('12px "Sanad Arabic"', "الصين"))).toBe(true);
});

test("the explorer works on a narrow screen", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto("/?entity=china");
  await canvasReady(page);
  await expect(page.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
  // Nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole("button", { name: /Filters/ }).click();
  await expect(page.getByRole("checkbox", { name: "Show Topic" })).toBeVisible();
  await page.close();
});

test("an empty graph points to adding an article", async ({ page }) => {
  await page.route("**/api/graph?*", (route) => route.fulfill({ json: { nodes: [], edges: [], truncated: false, total: { nodes: 0, edges: 0 } } }));
  await page.route("**/api/graph", (route) => route.fulfill({ json: { nodes: [], edges: [], truncated: false, total: { nodes: 0, edges: 0 } } }));
  await page.goto("/");
  const empty = page.getByTestId("graph-empty");
  await expect(empty).toContainText("The graph is empty");
  await empty.getByRole("link", { name: "Add an article" }).click();
  await expect(page).toHaveURL(/\/add$/);
});

test("a focus on an unknown entity says nothing was found and offers the whole graph", async ({ page }) => {
  await page.goto("/?focus=atlantis");
  await expect(page.getByTestId("graph-not-found")).toContainText("atlantis");
  await page.getByTestId("graph-not-found").getByRole("button", { name: "Show everything" }).click();
  await canvasReady(page);
  await expect(page).toHaveURL(/\/$/);
});
