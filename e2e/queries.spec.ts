import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The CodeMirror editor's editable area. */
const editor = (page: Page) => page.getByTestId("cypher-editor").locator(".cm-content");

test("open a starter query, fill the entity, run, see table and graph", async ({ page, consoleErrors }) => {
  await page.goto("/queries");
  await page.getByRole("link", { name: "Neighbourhood of an entity" }).click();
  await page.getByPlaceholder("a name in English or Arabic").fill("russia");
  await expect(page.getByTestId("entity-picked")).toHaveText("russia");
  await page.getByRole("button", { name: "Run" }).click();
  const results = page.getByTestId("query-results");
  await expect(results).toContainText("rows");
  await expect(results.locator("tbody tr").first()).toBeVisible();
  await results.getByRole("button", { name: /Graph/ }).click();
  await expect(results.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(await page.evaluate(() => window.cy!.getElementById("russia").nonempty())).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test("a link with ?run=1 opens a query with its parameters filled and runs it", async ({ page }) => {
  await page.goto("/queries/sentences-mentioning-both?a=china&b=taiwan&run=1");
  await expect(page.getByTestId("query-results")).toContainText("1 row");
  await expect(page.getByTestId("query-results").locator("td", { hasText: "تايوان" })).toBeVisible();
});

test("save a new query, reload, it is there", async ({ page }) => {
  const slug = `e2e-${Date.now()}`;
  await page.goto("/queries/new");
  await editor(page).fill("MATCH (e:Entity {type: 'person'}) RETURN e.name AS person ORDER BY person");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Name").fill("People in the graph");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText(slug);
  await page.goto("/queries");
  await page.reload();
  await page.getByRole("link", { name: "People in the graph" }).click();
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("query-results")).toContainText("Vladimir Putin");
});

test("a refused write shows its message, naming the clause", async ({ page }) => {
  await page.goto("/queries/new");
  await editor(page).fill("MATCH (n) DETACH DELETE n");
  await editor(page).press("Control+Enter");
  await expect(page.getByTestId("query-error")).toContainText("refused");
  await expect(page.getByTestId("query-error")).toContainText("writes are not allowed: DETACH DELETE");
});

test("results sort by a column, and the run shows in the history", async ({ page }) => {
  await page.goto("/queries/most-connected?limit=5&run=1");
  const results = page.getByTestId("query-results");
  await expect(results).toContainText("5 rows");
  const degrees = async () => (await results.locator("tbody tr td:nth-child(3)").allTextContents()).map(Number);
  expect(await degrees()).toEqual([...(await degrees())].sort((a, b) => b - a));
  await results.getByRole("button", { name: "degree" }).click();
  expect(await degrees()).toEqual([...(await degrees())].sort((a, b) => a - b));
  await expect(page.getByRole("region", { name: "Run history" })).toContainText("ok");
});

test("the editor highlights Cypher", async ({ page }) => {
  await page.goto("/queries/neighbourhood");
  await expect(editor(page)).toContainText("MATCH");
  // CodeMirror wraps keywords in styled spans: highlighting is on.
  expect(await editor(page).locator("span").count()).toBeGreaterThan(3);
});

test("an entity parameter suggests entities from the explorer's search, in either language", async ({ page }) => {
  await page.goto("/queries/documents-mentioning");
  const input = page.getByPlaceholder("a name in English or Arabic");
  await input.fill("وروسيا");
  await page.getByRole("option", { name: /Russia/ }).click();
  await expect(input).toHaveValue("Russia");
  await expect(page.getByTestId("entity-picked")).toHaveText("russia");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("query-results")).toContainText("1 row");
});
