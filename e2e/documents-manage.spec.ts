import fs from "node:fs";
import { expect, test } from "./fixtures";

test("a document is deleted after a confirmation, and undo brings it back", async ({ page, request, consoleErrors }) => {
  // A document of its own (the number keeps its text, so its id, apart from other runs).
  const ref = Date.now();
  const title = `Tokyo trade deal ${ref}`;
  const text = `Japan and India signed a trade agreement in Tokyo. India said Japan supports its position on trade. Ref ${ref}.`;
  const added = await request.post("/api/documents", { data: { text, title, source: "https://example.org/tokyo", publishedAt: "2024-05-02" } });
  expect(added.status()).toBe(201);
  const { documentId } = await added.json();

  await page.goto("/documents");
  const row = page.locator(`[data-document-id="${documentId}"]`);
  await expect(row).toContainText(title);
  await expect(row).toContainText("example.org");
  await expect(row).toContainText("2024-05-02");
  await expect(row).toContainText("English");

  await row.getByRole("button", { name: `Delete ${title}` }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this document?" });
  await expect(dialog).toContainText(/Its \d+ sentences/);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toBeVisible();

  await row.getByRole("button", { name: `Delete ${title}` }).click();
  await dialog.getByLabel("Reason (optional)").fill("test article");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(row).toHaveCount(0);
  expect((await request.get(`/api/documents/${documentId}`)).status()).toBe(404);

  const record = page.getByTestId("curation-record").filter({ hasText: `Deleted the document “${title}”` });
  await record.getByRole("button", { name: /^Undo/ }).click();
  await page.getByRole("dialog", { name: "Undo this correction?" }).getByRole("button", { name: "Undo" }).click();
  await expect(row).toContainText(title);
  expect((await request.get(`/api/documents/${documentId}`)).status()).toBe(200);
  expect(consoleErrors).toEqual([]);
});

test("the graph downloads as GraphML the browser can parse, and as a Cypher script", async ({ page }) => {
  await page.goto("/documents");
  const [graphml] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "GraphML" }).click()]);
  expect(graphml.suggestedFilename()).toBe("sanad-graph.graphml");
  const xml = fs.readFileSync((await graphml.path())!, "utf8");
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    return { error: doc.getElementsByTagName("parsererror").length, nodes: doc.getElementsByTagName("node").length, china: !!doc.querySelector('node[id="china"]') };
  }, xml);
  expect(parsed.error).toBe(0);
  expect(parsed.nodes).toBeGreaterThan(5);
  expect(parsed.china).toBe(true);

  const [cypher] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Cypher, everything" }).click()]);
  expect(cypher.suggestedFilename()).toBe("sanad-graph.cypher");
  const script = fs.readFileSync((await cypher.path())!, "utf8");
  expect(script).toContain("MERGE (n:Document {id: row.id})");
  expect(script).toContain("MERGE (n:Entity {id: row.id})");
});
