import { expect, test } from "./fixtures";

test("pasting an English article puts it in the graph and links to its entities", async ({ page, consoleErrors }) => {
  await page.goto("/add");
  await page.getByLabel("Article text").fill("Kazakhstan and Mongolia signed an energy agreement in Moscow. Kazakhstan said Mongolia supports its position on trade.");
  await page.getByLabel("Title (optional)").fill("Steppe energy");
  await page.getByRole("button", { name: "Add to the graph" }).click();
  const result = page.getByTestId("ingest-result");
  await expect(result).toContainText("Steppe energy", { timeout: 60_000 }); // the server's first pipeline run loads the gazetteer
  await expect(result).toContainText("2 sentences");
  await result.getByRole("link", { name: "Kazakhstan" }).click();
  await expect(page).toHaveURL(/\/\?entity=kazakhstan/);
  const panel = page.getByTestId("entity-panel");
  await expect(panel.getByRole("heading", { name: "Kazakhstan" })).toBeVisible();
  await expect(panel.locator("p.sentence[lang=en] mark").first()).toHaveText("Kazakhstan");
  expect(consoleErrors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("a file that is not UTF-8 is refused with a clear message", async ({ page }) => {
  await page.goto("/add");
  await page.getByLabel("Or a file").setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x68, 0x69, 0x6e, 0xe9]) });
  await expect(page.locator(".form-error")).toContainText("latin1.txt is not UTF-8");
});
