// Hostile article text — <script>, <img onerror>, javascript: links — and a hostile title are shown as text
// everywhere they appear (the add result, the document list and reader, the entity and relation panels, their
// tooltips), and nothing in them runs.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const SCRIPT = `<script>window.__xss = "script"</script>`;
const IMG = `<img src=x onerror="window.__xss = 'img'">`;
const LINK = `<a href="javascript:window.__xss = 'link'">France</a>`;
const MARKDOWN = `[Germany](javascript:window.__xss = 1)`;
const TITLE = `<img src=x onerror="window.__xss = 'title'"><script>window.__xss = "title"</script> Paris & Berlin`;
const ARTICLE = `${SCRIPT} France and Germany signed a trade deal. ${IMG} Germany said France supports Germany on trade. ${LINK} and Germany met again. ${MARKDOWN} was discussed.`;

/** Nothing ran: no global set by a payload, no dialog, no element a payload would have created. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('main img[src="x"], main a[href^="javascript:"]').count()).toBe(0);
  // A payload that became a script element would have its code as the element's text. (Next's own inline scripts
  // carry the page's data, payloads included, as JSON strings: that is text inside a string, not code.)
  expect(await page.locator("script:not([src])").evaluateAll((els) => els.filter((e) => e.textContent?.trim().startsWith("window.__xss")).length)).toBe(0);
}

test("markup in an article and its title is text everywhere, and never runs", async ({ page }) => {
  // An ingest, the documents page and the reader in one test: on two busy cores it outgrows the default 30 s.
  test.slow();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  // Added through the form: the result shows the title as typed.
  await page.goto("/add");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByLabel("Title (optional)").fill(TITLE);
  await page.getByRole("button", { name: "Add to the graph" }).click();
  const result = page.getByTestId("ingest-result");
  await expect(result).toContainText(TITLE, { timeout: 60_000 }); // the pipeline's run, on a busy machine
  await expectNothingRan(page, dialogs);

  // The document list and the reader.
  await page.goto("/documents");
  const link = page.getByTestId("documents").getByRole("link", { name: TITLE });
  await expect(link).toHaveText(TITLE);
  await expectNothingRan(page, dialogs);
  await link.click();
  const text = page.getByTestId("document-text");
  for (const payload of [SCRIPT, IMG, `<a href="javascript:window.__xss = 'link'">`, MARKDOWN]) await expect(text).toContainText(payload);
  // Only the mentions are links, and they lead into the explorer.
  for (const href of await text.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/\?entity=/);
  await expectNothingRan(page, dialogs);

  // The entity panel: each sentence as text, the document title as text and as its tooltip.
  await page.goto("/?entity=france");
  const panel = page.getByTestId("entity-panel");
  await expect(panel.getByRole("heading", { name: "France" })).toBeVisible();
  await expect(panel).toContainText(LINK);
  const titles = panel.locator(".doc-title", { hasText: TITLE });
  await expect(titles.first()).toBeVisible();
  expect(await titles.first().getAttribute("title")).toBe(TITLE);
  await expectNothingRan(page, dialogs);

  // The relation panel: the evidence sentence and its document's title.
  await page.goto("/?relation=supports:france:germany");
  const relation = page.getByTestId("relation-panel");
  await expect(relation).toContainText(IMG);
  expect(await relation.locator(".doc-title").first().getAttribute("title")).toBe(TITLE);
  await expectNothingRan(page, dialogs);

  // The mention tooltips in the reader name the entity, and the graph labels are canvas text.
  await page.goto("/documents");
  await page.getByTestId("documents").getByRole("link", { name: TITLE }).click();
  expect(await page.getByTestId("document-text").locator("a.mention-link").first().getAttribute("title")).toMatch(/^(France|Germany|Trade) · /);
  await expectNothingRan(page, dialogs);
});
