// Issue 19: relations first, true paths, a readable canvas, reachable by keyboard.
import type { Page } from "@playwright/test";
import { canvasReady, expect, test, visibleNodeIds } from "./fixtures";

const rendered = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.cy!.nodes(":visible").map((n) => [n.id(), { ...n.renderedPosition() }])) as Record<string, { x: number; y: number }>);

/** The counter's text for what cytoscape shows of what it holds ("12 of 28 entities, 16 of 139 relations"). */
const expectedCounter = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const of = (shown: number, all: number, what: string) => (shown === all ? `${all} ${what}` : `${shown} of ${all} ${what}`);
    return `${of(cy.nodes(":visible").length, cy.nodes().length, "entities")}, ${of(cy.edges(":visible").length, cy.edges().length, "relations")}`;
  });

const visibleEdgeTypes = (page: Page) => page.evaluate(() => window.cy!.edges(":visible").map((e) => e.data("type") as string));

test("search Russia: its panel lists typed relations by type and direction, and one click shows the SUPPORTS evidence with its cue", async ({ explorer, consoleErrors }) => {
  await explorer.locator("body").press("/");
  await explorer.getByRole("combobox", { name: "Search entities" }).fill("Russia");
  await expect(explorer.getByRole("option").first()).toContainText("Russia");
  await explorer.getByRole("combobox", { name: "Search entities" }).press("Enter");
  const panel = explorer.getByTestId("entity-panel");
  await expect(panel.getByRole("heading", { name: "Russia" })).toBeVisible();
  const relations = panel.getByTestId("entity-relations");
  // Grouped by type and direction, with counts: Russia supports China, and China supports Russia ("← supported by").
  const supports = relations.locator("[data-testid=relation-group][data-type=SUPPORTS][data-direction=out]");
  await expect(supports).toContainText("supports →");
  await expect(relations.locator("[data-testid=relation-group][data-type=SUPPORTS][data-direction=in]")).toContainText("← supported by");
  await expect(relations.locator("[data-testid=relation-group][data-type=LEADER_OF][data-direction=in]")).toContainText("← led by");
  await expect(relations.locator("[data-testid=relation-group][data-type=LEADER_OF]")).toContainText("Vladimir Putin");
  // Typed groups come before the co-mentions, which are folded.
  await expect(relations.locator(".co-mentions")).not.toHaveAttribute("open", "");

  await supports.getByRole("button", { name: "Russia supports → China: open its evidence (2 sentences)" }).click();
  await expect(explorer).toHaveURL(/relation=supports(%3A|:)russia(%3A|:)china/);
  const relation = explorer.getByTestId("relation-panel");
  await expect(relation.getByRole("heading", { level: 2 })).toContainText("Russia SUPPORTS China");
  await expect(relation.getByTestId("evidence-cue").first()).toBeVisible();
  await expect(relation.getByTestId("evidence").filter({ hasText: "تأييد روسيا" }).getByTestId("evidence-cue")).toHaveText("تأييد");
  // Every relation between the two is one click away.
  await expect(relation.getByTestId("pair-relations")).toContainText("Russia cooperates with China");
  expect(consoleErrors).toEqual([]);
});

test("the path Taiwan → Xi Jinping shows each relation's true direction, and a step opens its evidence", async ({ page, consoleErrors }) => {
  await page.goto("/?from=taiwan&to=xi-jinping");
  await canvasReady(page);
  const path = page.getByTestId("path").first();
  // China HAS_POSITION_ON Taiwan and Xi Jinping LEADER_OF China: both point back towards the path's start.
  await expect(path).toHaveText("Taiwan ← HAS_POSITION_ON — China ← LEADER_OF — Xi Jinping");
  const steps = path.getByTestId("path-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toHaveAttribute("data-direction", "in");
  await expect(steps.nth(0)).toHaveAccessibleName("Evidence of China HAS_POSITION_ON Taiwan");
  await expect(steps.nth(1)).toHaveAccessibleName("Evidence of Xi Jinping LEADER_OF China");
  await steps.nth(1).click();
  await expect(page.getByTestId("relation-panel").getByRole("heading", { level: 2 })).toContainText("Xi Jinping LEADER_OF China");
  await expect(page.getByTestId("relation-panel").getByTestId("direction")).toContainText("Xi Jinping → China");
  // The path's edges are labelled on the canvas.
  expect(await page.evaluate(() => window.cy!.edges(".labelled").length)).toBe(2);
  expect(consoleErrors).toEqual([]);
});

test("no path names both ends, not their ids", async ({ page }) => {
  // Moscow is only ever co-mentioned: with co-mentions hidden, no typed path reaches it.
  await page.goto("/?from=taiwan&to=moscow");
  await expect(page.getByTestId("no-path")).toContainText("No path between Taiwan and Moscow");
  await expect(page.getByTestId("path-banner")).toContainText("Shortest paths from Taiwan to Moscow");
});

test("typed relations first: co-mentions hidden with a legend entry and toggle, entities with none hidden, the counter says so", async ({ explorer }) => {
  expect(await visibleEdgeTypes(explorer)).not.toContain("CO_MENTIONED");
  const counter = explorer.getByTestId("graph-counter");
  await expect(counter).toHaveText(/^\d+ of \d+ entities, \d+ of \d+ relations$/);
  await expect(counter).toHaveText(await expectedCounter(explorer));
  // Nothing floats: every entity on screen has a relation on screen.
  expect(await explorer.evaluate(() => window.cy!.nodes(":visible").filter((n) => n.connectedEdges(":visible").empty()).length)).toBe(0);
  const lines = explorer.getByTestId("legend-lines");
  await expect(lines).toContainText("arrow points from source to target");
  await expect(lines).toContainText("no arrow");
  const coMentions = await explorer.evaluate(() => window.cy!.edges("[type = 'CO_MENTIONED']").length);
  expect(coMentions).toBeGreaterThan(0);
  const toggle = lines.getByRole("checkbox", { name: new RegExp(`co-mentions \\(${coMentions}\\)`) });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(explorer).toHaveURL(/co=1/);
  await expect.poll(() => explorer.evaluate(() => window.cy!.edges(":visible").length)).toBeGreaterThan(coMentions);
  await expect(counter).toHaveText(await expectedCounter(explorer));
  await expect(counter).toHaveText(/relations$/);
  expect(await counter.textContent()).not.toMatch(/of \d+ relations/);
  expect(await visibleEdgeTypes(explorer)).toContain("CO_MENTIONED");
});

test("focus at depth 1 shows the typed neighbourhood; an entity with none falls back to its co-mentions and says so", async ({ page }) => {
  await page.goto("/?focus=russia");
  await canvasReady(page);
  const typed = await page.evaluate(async () => ((await (await fetch("/api/entities/russia")).json()) as { relations: { type: string; other: { id: string } }[] }).relations);
  const expected = [...new Set(["russia", ...typed.filter((r) => r.type !== "CO_MENTIONED").map((r) => r.other.id)])].sort();
  expect(await visibleNodeIds(page)).toEqual(expected);
  await expect(page.getByTestId("co-fallback")).toHaveCount(0);

  await page.goto("/?focus=moscow");
  await canvasReady(page);
  await expect(page.getByTestId("co-fallback")).toContainText("Moscow has no typed relation");
  expect((await visibleNodeIds(page)).length).toBeGreaterThan(1);
  // Moscow's own lines are co-mentions (the typed relations among its neighbours show too).
  expect(await page.evaluate(() => window.cy!.getElementById("moscow").connectedEdges(":visible").map((e) => e.data("type") as string))).toEqual(expect.arrayContaining(["CO_MENTIONED"]));
  expect(new Set(await page.evaluate(() => window.cy!.getElementById("moscow").connectedEdges(":visible").map((e) => e.data("type") as string)))).toEqual(new Set(["CO_MENTIONED"]));
});

test("a co-mention's panel says what it is, with its sentences, and offers no direction, modality or confirm/reject", async ({ page }) => {
  await page.goto("/?relation=co_mentioned:china:russia&co=1");
  const panel = page.getByTestId("relation-panel");
  await expect(panel.getByTestId("co-mention-note")).toContainText("China and Russia are named in the same 8 sentences");
  await expect(panel.getByTestId("evidence")).toHaveCount(8);
  await expect(panel.getByTestId("evidence").first().locator("mark").first()).toBeVisible();
  await expect(panel.getByTestId("direction")).toHaveCount(0);
  await expect(panel.getByText("Modality")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Confirm" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: /Reject/ })).toHaveCount(0);
  await expect(panel.getByTestId("pair-relations")).toContainText("China supports → Russia");
});

test("filters change the counter and re-run the layout", async ({ explorer }) => {
  const counter = explorer.getByTestId("graph-counter");
  const before = await counter.textContent();
  const positions = await rendered(explorer);
  await explorer.getByRole("checkbox", { name: "Show Topic" }).uncheck();
  await expect(counter).not.toHaveText(before!);
  await expect(counter).toHaveText(/^\d+ of \d+ entities, \d+ of \d+ relations$/);
  await expect.poll(async () => (await counter.textContent()) === (await expectedCounter(explorer))).toBe(true);
  await expect.poll(async () => {
    const after = await rendered(explorer);
    return Object.keys(after).some((id) => positions[id] && Math.hypot(after[id]!.x - positions[id]!.x, after[id]!.y - positions[id]!.y) > 5);
  }).toBe(true);
  await canvasReady(explorer);
  // Nothing the filters hide is laid out over: the visible entities keep apart.
  const after = await rendered(explorer);
  const ids = Object.keys(after);
  for (const a of ids) for (const b of ids) if (a < b) expect(Math.hypot(after[a]!.x - after[b]!.x, after[a]!.y - after[b]!.y)).toBeGreaterThan(10);
});

test("two loads of the same URL place every node at the same position, within 1 px", async ({ browser }) => {
  test.slow();
  const positionsOf = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url);
    await canvasReady(page);
    const p = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { model: { ...n.position() }, screen: { ...n.renderedPosition() } }])));
    await page.close();
    return p as Record<string, { model: { x: number; y: number }; screen: { x: number; y: number } }>;
  };
  for (const url of ["/", "/?focus=china&depth=2&co=1"]) {
    const [a, b] = [await positionsOf(url), await positionsOf(url)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const [id, p] of Object.entries(a)) {
      expect(Math.abs(b[id]!.screen.x - p.screen.x), `${url} ${id}`).toBeLessThanOrEqual(1);
      expect(Math.abs(b[id]!.screen.y - p.screen.y), `${url} ${id}`).toBeLessThanOrEqual(1);
      expect(Math.abs(b[id]!.model.x - p.model.x), `${url} ${id}`).toBeLessThanOrEqual(1);
      expect(Math.abs(b[id]!.model.y - p.model.y), `${url} ${id}`).toBeLessThanOrEqual(1);
    }
  }
});

test("a node reached and opened with the keyboard only", async ({ explorer, consoleErrors }) => {
  const canvas = explorer.getByTestId("graph-canvas");
  // Tab from the top of the page until the canvas has the focus.
  for (let i = 0; i < 30 && !(await canvas.evaluate((el) => el === document.activeElement)); i++) await explorer.keyboard.press("Tab");
  await expect(canvas).toBeFocused();
  await expect(canvas).toHaveAttribute("role", "application");
  await expect(canvas).toHaveAccessibleName(/^Knowledge graph: \d+ of \d+ entities, \d+ of \d+ relations\. Arrow keys/);
  await explorer.keyboard.press("ArrowRight");
  const announce = explorer.getByTestId("canvas-announce");
  await expect(announce).toContainText("Enter opens it");
  const first = await explorer.evaluate(() => window.cy!.nodes(".kbd").map((n) => n.id()));
  expect(first).toHaveLength(1);
  await explorer.keyboard.press("ArrowDown");
  await explorer.keyboard.press("ArrowLeft");
  const marked = await explorer.evaluate(() => window.cy!.nodes(".kbd").map((n) => ({ id: n.id(), label: n.data("label") as string }))[0]!);
  await explorer.keyboard.press("Enter");
  await expect(explorer).toHaveURL(new RegExp(`entity=${marked.id}`));
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: marked.label })).toBeVisible();
  expect(await explorer.evaluate((id) => window.cy!.getElementById(id).selected(), marked.id)).toBe(true);
  await canvas.focus();
  await explorer.keyboard.press("Escape");
  await expect(explorer.getByTestId("entity-panel")).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test("the list view holds what the canvas shows, and opens it from the keyboard", async ({ explorer }) => {
  await explorer.getByRole("button", { name: "List view" }).click();
  const list = explorer.getByTestId("graph-list");
  const shown = await explorer.evaluate(() => ({ nodes: window.cy!.nodes(":visible").length, edges: window.cy!.edges(":visible").length }));
  await expect(list.getByRole("heading", { name: `Entities · ${shown.nodes}` })).toBeVisible();
  await expect(list.getByRole("heading", { name: `Relations · ${shown.edges}` })).toBeVisible();
  await expect(list.getByRole("button", { name: "Russia — SUPPORTS → China" })).toBeVisible();
  await list.getByRole("button", { name: "Taiwan", exact: true }).focus();
  await explorer.keyboard.press("Enter");
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "Taiwan" })).toBeVisible();
});

test("sentence search: “Taiwan” finds the Arabic sentence naming تايوان", async ({ explorer }) => {
  await explorer.getByRole("button", { name: "Sentences" }).click();
  await explorer.getByRole("combobox", { name: "Search sentences" }).fill("Taiwan");
  const hit = explorer.getByRole("option").first();
  await expect(hit).toContainText("تايوان");
  await expect(hit.locator(".chip")).toContainText(["Taiwan"]);
});

test("every page shares one navigation bar, the current page marked", async ({ page }) => {
  for (const [url, current] of [
    ["/", "Explorer"],
    ["/documents", "Documents"],
    ["/queries", "Saved queries"],
    ["/add", "Add an article"],
    ["/duplicates", "Duplicates"],
  ] as const) {
    await page.goto(url);
    const nav = page.getByRole("navigation", { name: "Pages" });
    await expect(nav.getByRole("link")).toHaveText(["Explorer", "Documents", "Duplicates", "Saved queries", "Add an article"]);
    await expect(nav.getByRole("link", { name: current })).toHaveAttribute("aria-current", "page");
  }
});
