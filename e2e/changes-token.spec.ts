// With SANAD_ADMIN_TOKEN set, the app's own pages still add an article and curate: each change asks for the token
// once, then goes through (saved queries: queries-token.spec.ts). Cleans up after itself through the API.
import type { Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";

const test = base.extend({ baseURL: async ({ tokenServer }, use) => use(tokenServer.url) });

async function giveToken(page: Page, token: string) {
  const input = page.getByPlaceholder("admin token");
  await expect(input).toBeVisible({ timeout: 30_000 });
  await input.fill(token);
  await page.getByRole("button", { name: "Use token" }).click();
  await expect(input).toBeHidden();
}

test("with the admin token set, adding an article and rejecting a relation ask for it, then go through", async ({ page, request, tokenServer }) => {
  test.slow();
  const auth = { authorization: `Bearer ${tokenServer.token}` };
  const api = (p: string) => `${tokenServer.url}${p}`;
  const title = `Token article ${Date.now()}`;

  await page.goto("/add");
  await page.getByLabel("Article text").fill("Uruguay backs Paraguay in the river talks, the Uruguayan foreign ministry said on Monday.");
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Add to the graph" }).click();
  await giveToken(page, tokenServer.token);
  const result = page.getByTestId("ingest-result");
  await expect(result).toContainText(title, { timeout: 60_000 });
  const documents = (await (await request.get(api("/api/documents"))).json()) as { documents: { id: string; title: string }[] };
  const doc = documents.documents.find((d) => d.title === title)!;
  expect(doc).toBeTruthy();

  const relation = "supports:uruguay:paraguay";
  await page.evaluate(() => window.sessionStorage.clear());
  await page.goto(`/?relation=${encodeURIComponent(relation)}&doc=${doc.id}`);
  const panel = page.getByTestId("relation-panel");
  await panel.getByRole("button", { name: "Reject…" }).click();
  await panel.getByLabel("Why is it wrong?").fill("token test");
  await panel.getByRole("button", { name: "Reject", exact: true }).click();
  await giveToken(page, tokenServer.token);
  await expect(panel.getByTestId("verdict")).toContainText("Rejected: token test");

  // Leave the shared graph as it was: undo the verdict and delete the article, with the token, as curl would.
  const records = (await (await request.get(api("/api/curation"))).json()) as { records: { id: number; target: string; kind: string }[] };
  const mine = records.records.find((r) => r.target === relation && r.kind === "reject")!;
  expect((await request.post(api(`/api/curation/${mine.id}/undo`), { headers: auth })).status()).toBeLessThan(300);
  expect((await request.delete(api(`/api/documents/${doc.id}`), { headers: auth })).status()).toBeLessThan(300);
});
