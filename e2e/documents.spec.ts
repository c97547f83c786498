import { expect, test } from "./fixtures";

test("the document list opens the article; a highlighted name leads to its entity", async ({ page, consoleErrors }) => {
  await page.goto("/documents");
  // The seed article (other specs add English ones, which list first as the newest).
  await page.getByTestId("documents").getByRole("link").filter({ hasText: /[\u0600-\u06FF]/ }).first().click();
  const text = page.getByTestId("document-text");
  await expect(text).toHaveAttribute("dir", "rtl");
  await expect(text).toContainText("بوتين");
  await text.getByRole("link", { name: "تايوان", exact: true }).first().click();
  await expect(page).toHaveURL(/\/\?entity=taiwan/);
  await expect(page.getByTestId("entity-panel").getByRole("heading", { name: "Taiwan" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
