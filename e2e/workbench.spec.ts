import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The query workbench as a new user meets it: parameters from the text, entities by name, the keyboard, errors in place.
const editor = (page: Page) => page.getByTestId("cypher-editor").locator(".cm-content");
const WHO = "MATCH (e:Entity {id: $who})-[r]-(o:Entity)\nWHERE r.rejected IS NULL\nRETURN o.name AS other, type(r) AS type\nORDER BY other LIMIT 50";

test("add $who, make it an entity, pick Russia by name, run with Ctrl+Enter", async ({ page, consoleErrors }) => {
  await page.goto("/queries/new");
  await editor(page).fill(WHO);
  const field = page.getByTestId("param-who");
  await expect(field).toBeVisible();

  // Run before giving it a value: refused before Neo4j, naming the parameter.
  await editor(page).press("Control+Enter");
  await expect(page.getByTestId("query-error")).toContainText("missing parameter $who");

  await field.getByLabel("Type of $who").selectOption({ label: "entity" });
  const input = field.getByPlaceholder("a name in English or Arabic");
  await input.fill("Rusia");
  await page.getByRole("option", { name: /^Russia/ }).click();
  await expect(input).toHaveValue("Russia");
  await expect(field.getByTestId("entity-picked")).toHaveText("russia");

  // Ctrl+Enter from the entity field, not the editor.
  await input.press("Control+Enter");
  const results = page.getByTestId("query-results");
  await expect(results).toContainText("rows");
  await expect(results.locator("td", { hasText: /^China$/ }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/workbench-entity-parameter.png", fullPage: true });

  // A name taken out of the text takes its field with it.
  await editor(page).fill("MATCH (e:Entity) RETURN e.name AS name LIMIT 3");
  await expect(page.getByTestId("param-who")).toHaveCount(0);
  // The browser logs the refused run (422) itself; nothing else may go wrong.
  expect(consoleErrors.filter((e) => !e.includes("status of 422"))).toEqual([]);
});

test("the type chosen for a parameter is saved with the query", async ({ page }) => {
  const slug = `e2e-who-${Date.now()}`;
  await page.goto("/queries/new");
  await editor(page).fill(WHO);
  await page.getByLabel("Type of $who").selectOption({ label: "entity" });
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Name").fill("Around someone");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText(slug);
  await page.goto(`/queries/${slug}?who=russia&run=1`);
  await expect(page.getByLabel("Type of $who")).toHaveValue("entity");
  await expect(page.getByTestId("query-results")).toContainText("China");
});

test("a syntax error is marked where it is, with its message", async ({ page }) => {
  await page.goto("/queries/new");
  await editor(page).fill("MATCH (n:Entity)\nWHERE n.id = 'china'\nRETURN n.name AS name,, n.type");
  await editor(page).press("Control+Enter");
  await expect(page.getByTestId("query-error")).toContainText("syntax_error");
  const message = page.getByTestId("cypher-editor").getByTestId("syntax-error");
  await expect(message).toContainText("line 3, column");
  await expect(page.getByTestId("syntax-error-at")).toHaveText(/^,/);
  // The message sits under the line it is about.
  const line3 = page.getByTestId("cypher-editor").locator(".cm-line").filter({ hasText: "RETURN n.name" });
  expect((await message.boundingBox())!.y).toBeGreaterThan((await line3.boundingBox())!.y);
  await page.screenshot({ path: "test-results/workbench-syntax-error.png" });
  // Editing the text clears the mark.
  await editor(page).press("End");
  await editor(page).pressSequentially(" ");
  await expect(message).toHaveCount(0);
});

test("CREATE is refused with a message naming CREATE", async ({ page }) => {
  await page.goto("/queries/new");
  await editor(page).fill("CREATE (n) RETURN n");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("query-error")).toContainText("writes are not allowed: CREATE");
});

test("Escape cancels a running query", async ({ page }) => {
  await page.goto("/queries/new");
  await editor(page).fill("UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n");
  await editor(page).press("Control+Enter");
  await expect(page.getByRole("button", { name: "Running…" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("query-error")).toContainText("cancelled");
  await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();
});
