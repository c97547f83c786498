import { canvasNodes, clickEdge, clickNode, expect, test } from "./fixtures";

const DESIGN_CARD = ["china", "russia", "belt-and-road-initiative", "eurasian-economic-union", "taiwan"];

test("the five design-card entities are on the canvas", async ({ explorer, consoleErrors }) => {
  const ids = (await canvasNodes(explorer)).map((n) => n.id);
  for (const id of DESIGN_CARD) expect(ids).toContain(id);
  await expect(explorer.getByRole("complementary", { name: "Legend" })).toContainText("Country");
  expect(consoleErrors).toEqual([]);
});

test("clicking China shows an Arabic sentence with الصين highlighted, right to left", async ({ explorer, consoleErrors }) => {
  await clickNode(explorer, "china");
  const panel = explorer.getByTestId("entity-panel");
  await expect(panel.getByRole("heading", { name: "China" })).toBeVisible();
  const marked = panel.locator("p.sentence[lang=ar] mark", { hasText: /^الصين$/ }).first();
  await expect(marked).toBeVisible();
  await expect(marked.locator("xpath=..")).toHaveAttribute("dir", "rtl");
  // The highlighted text is the mention itself, not the whole sentence.
  expect((await marked.textContent())?.trim()).toBe("الصين");
  // The Arabic font shipped with the app is the one used.
  const font = await marked.locator("xpath=..").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain("Noto Naskh Arabic");
  await expect(explorer).toHaveURL(/entity=china/);
  expect(consoleErrors).toEqual([]);
});

test("an entity link opens its panel from the URL", async ({ page }) => {
  await page.goto("/?entity=russia");
  await expect(page.getByTestId("entity-panel").getByRole("heading", { name: "Russia" })).toBeVisible();
  await expect(page.getByTestId("entity-panel").locator("mark").first()).toBeVisible();
});

test("an unknown entity id gives the 404 error body", async ({ request }) => {
  const res = await request.get("/api/entities/no-such-entity");
  expect(res.status()).toBe(404);
  const body = await res.json();
  expect(body.error.code).toBe("not_found");
  expect(body.error.message).toContain("no-such-entity");
});

test("the page shows the unreachable state when the API answers 503", async ({ page }) => {
  await page.route("**/api/graph*", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "graph_unavailable", message: "the graph database is unreachable" } }) }),
  );
  await page.goto("/");
  await expect(page.getByTestId("graph-unreachable")).toBeVisible();
  await expect(page.getByTestId("graph-unreachable")).toContainText("unreachable");
  // It recovers by itself once the API answers again.
  await page.unroute("**/api/graph*");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
});

test("clicking the Russia → China SUPPORTS edge shows its Arabic evidence with the span marked", async ({ explorer, consoleErrors }) => {
  await clickEdge(explorer, "supports:russia:china");
  const panel = explorer.getByTestId("relation-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("Russia SUPPORTS China");
  await expect(panel.locator("dt:text-is('topic') + dd")).toHaveText("taiwan");
  await expect(panel.getByTestId("direction")).toContainText("Russia → China");
  // Two pieces of evidence: "تبادلا الدعم" (exchanged support, Xi) and Putin's "تأييد روسيا".
  const putin = panel.getByTestId("evidence").filter({ hasText: "تأييد روسيا" });
  await expect(putin.locator("p.sentence[lang=ar][dir=rtl] mark").first()).toContainText("تأييد روسيا");
  await expect(putin).toContainText("said by Vladimir Putin");
  // Inside the span, the word that carried the relation is marked too.
  await expect(putin.getByTestId("evidence-cue")).toHaveText("تأييد");
  await expect(explorer).toHaveURL(/relation=supports%3Arussia%3Achina|relation=supports:russia:china/);
  // From the relation, its ends are one click away.
  await panel.getByRole("button", { name: "China", exact: true }).click();
  await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
