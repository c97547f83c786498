import { canvasReady, clickEdge, expect, test } from "./fixtures";

test("the document list opens the article in the reader beside the graph; clicking a mention focuses its entity", async ({ page, consoleErrors }) => {
  await page.goto(`/documents?q=${encodeURIComponent("بوتين")}`);
  await page.getByTestId("documents").getByRole("link", { name: /شي جينبينغ/ }).first().click();
  await expect(page).toHaveURL(/\?doc=doc-/);
  await canvasReady(page);
  const text = page.getByTestId("document-text");
  await expect(text).toHaveAttribute("dir", "rtl");
  await expect(text).toContainText("بوتين");
  await text.getByRole("link", { name: "تايوان", exact: true }).first().click();
  await expect(page).toHaveURL(/entity=taiwan/);
  await expect(page).toHaveURL(/doc=doc-/);
  await expect(page.getByTestId("entity-panel").getByRole("heading", { name: "Taiwan" })).toBeVisible();
  expect(await page.evaluate(() => window.cy!.getElementById("taiwan").selected())).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test("/documents/<id> opens the reader in the explorer", async ({ page }) => {
  await page.goto("/documents");
  const href = await page.getByTestId("documents").getByRole("link", { name: /شي جينبينغ/ }).getAttribute("href");
  const id = new URLSearchParams(href!.split("?")[1]).get("doc")!;
  await page.goto(`/documents/${id}?sentence=2`);
  await expect(page).toHaveURL(new RegExp(`doc=${id}&sentence=2`));
  await expect(page.getByTestId("reader").locator(".reader-sentence.selected")).toHaveAttribute("data-sentence", "2");
});

test("hovering a mention lights its node", async ({ page }) => {
  await page.goto("/documents");
  await page.getByTestId("documents").getByRole("link", { name: /شي جينبينغ/ }).click();
  await canvasReady(page);
  await page.getByTestId("document-text").getByRole("link", { name: "تايوان", exact: true }).first().hover();
  await expect.poll(() => page.evaluate(() => window.cy!.getElementById("taiwan").hasClass("hovered"))).toBe(true);
  await page.getByTestId("reader").getByRole("heading").hover();
  await expect.poll(() => page.evaluate(() => window.cy!.getElementById("taiwan").hasClass("hovered"))).toBe(false);
});

test("selecting a sentence highlights the entities it mentions and the relations it supports", async ({ page }) => {
  await page.goto("/documents");
  await page.getByTestId("documents").getByRole("link", { name: /شي جينبينغ/ }).click();
  await canvasReady(page);
  await page.getByRole("button", { name: "Select sentence 10" }).click();
  await expect(page).toHaveURL(/sentence=9/);
  // Sentence 10 is Putin's support for China's position on Taiwan.
  await expect.poll(() => page.evaluate(() => window.cy!.getElementById("taiwan").hasClass("highlighted"))).toBe(true);
  const lit = await page.evaluate(() => ({
    nodes: window.cy!.nodes(".highlighted").map((n) => n.id()),
    edges: window.cy!.edges(".highlighted").map((e) => e.id()),
    faded: window.cy!.nodes(".faded").length,
  }));
  expect(lit.nodes).toEqual(expect.arrayContaining(["russia", "china", "taiwan", "vladimir-putin"]));
  expect(lit.edges).toContain("supports:russia:china");
  expect(lit.faded).toBeGreaterThan(0);
  // Selecting it again clears the highlight.
  await page.getByRole("button", { name: "Select sentence 10" }).click();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes(".highlighted").length)).toBe(0);
});

test("selecting an edge scrolls the reader to its evidence, marked", async ({ page, consoleErrors }) => {
  await page.goto(`/documents?q=${encodeURIComponent("بوتين")}`);
  await page.getByTestId("documents").getByRole("link", { name: /شي جينبينغ/ }).first().click();
  await canvasReady(page);
  const reader = page.getByTestId("reader");
  // The evidence (sentence 10) starts below the fold.
  await expect(reader.getByRole("button", { name: "Select sentence 10" })).not.toBeInViewport();
  await clickEdge(page, "supports:russia:china");
  await expect(page.getByTestId("relation-panel")).toContainText("SUPPORTS");
  const mark = reader.locator(".evidence-mark").first();
  await expect(mark).toBeInViewport();
  await expect(reader.locator(".evidence-mark")).toContainText(["تأييد"]);
  expect(consoleErrors).toEqual([]);
});

test("an evidence sentence opens in the reader from the relation panel", async ({ page }) => {
  await page.goto("/?relation=supports:russia:china");
  await canvasReady(page);
  // Putin's words, the second piece of evidence (sentence 10).
  await page.getByTestId("relation-panel").getByTestId("evidence").filter({ hasText: "تأييد روسيا" }).getByRole("link", { name: /in its document/ }).click();
  await expect(page).toHaveURL(/doc=doc-.*sentence=9/);
  await expect(page.getByTestId("reader").locator(".reader-sentence.selected .evidence-mark").first()).toBeInViewport();
});
