import { expect, test } from "./fixtures";

const file = (name: string, text: string) => ({ name, mimeType: name.endsWith(".md") ? "text/markdown" : "text/plain", buffer: Buffer.from(text, "utf8") });

test("three files added at once, each with its own result, outlet and URL kept", async ({ page, consoleErrors }) => {
  await page.goto("/add");
  await page.getByTestId("add-files-input").setInputFiles([
    file("steppe.txt", "---\ntitle: Steppe pipeline\nsource: https://www.steppe-news.example/pipeline\noutlet: Steppe News\n---\nKazakhstan and Mongolia signed a pipeline agreement in Astana.\n"),
    file("gulf.md", "# Gulf summit\n\nQatar hosted Jordan and Oman in Doha to discuss trade.\n"),
    file("الرياض.txt", "استقبل ولي العهد السعودي محمد بن سلمان الرئيس المصري عبد الفتاح السيسي في الرياض.\n"),
  ]);
  const rows = page.getByTestId("file-result");
  await expect(rows).toHaveCount(3);
  // One request per file, in turn: each row ends with its own result.
  await expect(rows.filter({ hasText: "steppe.txt" })).toHaveAttribute("data-state", "added", { timeout: 90_000 });
  await expect(rows.filter({ hasText: "gulf.md" })).toHaveAttribute("data-state", "added", { timeout: 60_000 });
  await expect(rows.filter({ hasText: "الرياض.txt" })).toHaveAttribute("data-state", "added", { timeout: 60_000 });
  await expect(rows.filter({ hasText: "steppe.txt" })).toContainText("added as Steppe pipeline");
  await expect(rows.filter({ hasText: "gulf.md" })).toContainText("added as Gulf summit");
  await expect(rows.filter({ hasText: "الرياض.txt" })).toContainText("الرياض");
  await expect(page.locator(".add-files-summary")).toHaveText("3 files added, none failed.");

  // The outlet and the URL travel with the article: in the documents list and the reader.
  await page.goto("/documents");
  const row = page.getByRole("row").filter({ hasText: "Steppe pipeline" });
  await expect(row.getByTestId("document-origin")).toContainText("Steppe News");
  await expect(row.getByRole("link", { name: "steppe-news.example" })).toHaveAttribute("href", "https://www.steppe-news.example/pipeline");
  await row.getByRole("link", { name: "Steppe pipeline" }).click();
  await expect(page.getByTestId("document-origin").first()).toContainText("Steppe News");
  expect(consoleErrors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("a bad file among several fails alone, named, and the others go in", async ({ page }) => {
  await page.goto("/add");
  await page.getByTestId("add-files-input").setInputFiles([
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x68, 0x69, 0x6e, 0xe9]) },
    file("empty.txt", "   \n"),
    file("ok.txt", "Kenya and Ethiopia signed a water agreement in Nairobi.\n"),
  ]);
  const rows = page.getByTestId("file-result");
  await expect(rows.filter({ hasText: "ok.txt" })).toHaveAttribute("data-state", "added", { timeout: 90_000 });
  await expect(rows.filter({ hasText: "latin1.txt" })).toHaveAttribute("data-state", "failed");
  await expect(rows.filter({ hasText: "latin1.txt" })).toContainText("not UTF-8");
  await expect(rows.filter({ hasText: "empty.txt" })).toHaveAttribute("data-state", "failed");
  await expect(page.locator(".add-files-summary")).toHaveText("1 file added, 2 failed.");
});
