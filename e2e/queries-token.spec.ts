// Saved queries on a server with SANAD_ADMIN_TOKEN set: the workbench's save, update and delete ask for the token, as
// curation does, and then go through.
import type { Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";

// Every page and API call of this file goes to the server that wants the token.
const test = base.extend({ baseURL: async ({ tokenServer }, use) => use(tokenServer.url) });

const editor = (page: Page) => page.getByTestId("cypher-editor").locator(".cm-content");

/** Answers the page's prompt for the admin token. */
async function giveToken(page: Page, token: string) {
  const input = page.getByPlaceholder("admin token");
  await expect(input).toBeVisible();
  await input.fill(token);
  await page.getByRole("button", { name: "Use token" }).click();
  await expect(input).toBeHidden();
}

/** Forgets the token this tab keeps, so the next change must ask for it again. */
const forgetToken = (page: Page) => page.evaluate(() => window.sessionStorage.clear());

test("with the admin token set, the workbench asks for it to save, update and delete a query, then does each", async ({ page, request, tokenServer, consoleErrors }) => {
  // Three pages of a server that has just started, on a busy machine.
  test.slow();
  const slug = `e2e-token-${Date.now()}`;
  const api = (p: string) => `${tokenServer.url}${p}`;
  // The server really refuses a change without the token.
  expect((await request.post(api("/api/queries"), { data: { slug, name: "refused", cypher: "RETURN 1 AS one" } })).status()).toBe(401);

  // Save as a new query.
  await page.goto("/queries/new");
  await editor(page).fill("MATCH (e:Entity {type: 'person'}) RETURN e.name AS person ORDER BY person");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Name").fill("People, saved with the token");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await giveToken(page, tokenServer.token);
  await expect(page.getByRole("status")).toContainText(slug);
  expect((await request.get(api(`/api/queries/${slug}`))).status()).toBe(200);

  // Update it.
  await forgetToken(page);
  await page.goto(`/queries/${slug}`);
  await expect(editor(page)).toContainText("person");
  await editor(page).fill("MATCH (e:Entity {type: 'country'}) RETURN e.name AS country ORDER BY country");
  await page.getByRole("button", { name: "Save changes" }).click();
  await giveToken(page, tokenServer.token);
  await expect(page.getByRole("status")).toContainText(slug);
  expect(((await (await request.get(api(`/api/queries/${slug}`))).json()) as { cypher: string }).cypher).toContain("'country'");

  // Delete it.
  await forgetToken(page);
  await page.reload();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete…" }).click();
  await giveToken(page, tokenServer.token);
  await expect(page).toHaveURL(/\/queries$/);
  expect((await request.get(api(`/api/queries/${slug}`))).status()).toBe(404);

  // The browser reports each 401 as a failed load; nothing else may go wrong.
  expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
});
