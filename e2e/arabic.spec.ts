// The Arabic interface: Accept-Language: ar gives lang="ar" dir="rtl", no Latin-script interface text, the switch changes
// language and direction and keeps the view, the choice survives a reload, Arabic plurals as rendered, axe in both.
import path from "node:path";
import type { Page } from "@playwright/test";
import { canvasReady, expect, test } from "./fixtures";

test.use({ locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar" } });

/**
 * Visible text in Latin script that is neither marked with another language (an ancestor with lang other than ar)
 * nor left to right code (Cypher, ids): each as "text (tag.class)".
 */
async function latinInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (!/[A-Za-z]/.test(text)) continue;
      const el = node.parentElement!;
      if (el.closest("script, style, noscript, [hidden], [aria-hidden='true']")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || !el.getClientRects().length) continue;
      const marked = el.closest("[lang]");
      if (marked && marked.getAttribute("lang") !== "ar") continue;
      if (el.closest("code, pre, .cm-editor, [dir='ltr'][translate='no']")) continue;
      found.push(`${text.trim().slice(0, 60)} (${el.tagName.toLowerCase()}.${el.className})`);
    }
    // Attributes people hear or read (accessible names, placeholders, titles) must be worded in Arabic: Latin words may
    // sit inside (a document's title, an entity's English name, a format such as PNG), but not make up the whole text.
    for (const el of document.querySelectorAll<HTMLElement>("[aria-label], [placeholder], [title]")) {
      const marked = el.closest("[lang]");
      if (marked && marked.getAttribute("lang") !== "ar") continue;
      for (const attr of ["aria-label", "placeholder", "title"]) {
        const value = el.getAttribute(attr);
        if (value && /[A-Za-z]/.test(value) && !/[\u0600-\u06FF]/.test(value) && !/^https?:/.test(value)) found.push(`${attr}="${value}" (${el.tagName.toLowerCase()})`);
      }
    }
    return found;
  });
}

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js") });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
}

const PAGES = [
  ["the explorer", "/"],
  ["the explorer with a selection", "/?entity=russia"],
  ["the documents page", "/documents"],
  ["the add page", "/add"],
  ["the saved queries page", "/queries"],
  ["the workbench", "/queries/neighbourhood"],
] as const;

for (const [name, url] of PAGES) {
  test(`${name} is Arabic, right to left, with no Latin-script interface text`, async ({ page }) => {
    await page.goto(url);
    if (url.startsWith("/?") || url === "/") await canvasReady(page);
    if (url.includes("entity=")) await expect(page.getByTestId("entity-relations")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await latinInterfaceText(page)).toEqual([]);
  });

  test(`axe finds no serious or critical violation on ${name} in Arabic`, async ({ page }) => {
    await page.goto(url);
    if (url.startsWith("/?") || url === "/") await canvasReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("a relation's panel, its curation form and the reader beside it are Arabic too, and pass axe", async ({ page }) => {
  await page.goto(`/?relation=${encodeURIComponent("supports:russia:china")}`);
  await canvasReady(page);
  const panel = page.getByTestId("relation-panel");
  await expect(panel.getByTestId("evidence").first()).toBeVisible();
  await panel.getByRole("button", { name: "ارفض…" }).click();
  await expect(panel.getByLabel("لماذا هي خاطئة؟")).toBeVisible();
  await panel.locator("a.in-reader").first().click();
  await expect(page.getByTestId("reader").getByTestId("document-text")).toBeVisible();
  expect(await latinInterfaceText(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the switch changes language and direction, keeps the view, and the choice survives a reload", async ({ page }) => {
  await page.goto("/?entity=russia&depth=2");
  await canvasReady(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page).toHaveURL(/\?entity=russia&depth=2$/);
  await canvasReady(page);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Explorer");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // …and back to Arabic.
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveURL(/\?entity=russia&depth=2$/);
  await expect(page.getByRole("navigation", { name: "الصفحات" })).toContainText("المستكشف");
});

test("a shared link's ?lang= speaks for a reader who has not chosen, and the reader's choice wins", async ({ page, context }) => {
  await page.goto("/documents?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.addCookies([{ name: "sanad-lang", value: "ar", url: new URL(page.url()).origin }]);
  await page.goto("/documents?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
});

test("Arabic-Indic digits are a setting; Western digits are the default", async ({ page }) => {
  await page.goto("/documents");
  const firstCount = page.getByTestId("document-row").first().locator("td.num").first();
  await expect(firstCount).toHaveText(/^[0-9]+$/);
  await page.getByTestId("digits-setting").selectOption("arab");
  await expect(page.getByTestId("document-row").first().locator("td.num").first()).toHaveText(/^[٠-٩]+$/);
  await page.reload();
  await expect(page.getByTestId("document-row").first().locator("td.num").first()).toHaveText(/^[٠-٩]+$/);
});

test("Arabic plural forms as the workbench renders its row count: 0, 1, 2, 3, 11 and 100 rows", async ({ page }) => {
  await page.goto("/queries/new");
  const editor = page.getByTestId("cypher-editor").locator(".cm-content");
  for (const [n, words] of [
    [0, "لا صفوف"],
    [1, "صف واحد"],
    [2, "صفان"],
    [3, "3 صفوف"],
    [11, "11 صفًا"],
    [100, "100 صف"],
  ] as const) {
    await editor.fill(`UNWIND range(1, ${n}) AS x RETURN x`);
    await page.getByRole("button", { name: "شغّل", exact: true }).click();
    await expect(page.getByTestId("row-count")).toHaveText(new RegExp(`^${words} في \\d+ ملي ثانية$`));
  }
});

test("the canvas, the legend and the panel name types and entities in Arabic, arrows drawn right to left", async ({ page }) => {
  await page.goto("/?entity=russia");
  await canvasReady(page);
  const china = await page.evaluate(() => window.cy!.getElementById("china").data("display") as string);
  expect(china.split("\n")[0]).toBe("الصين");
  await expect(page.getByRole("complementary", { name: "المفتاح وعوامل التصفية" })).toContainText("دولة");
  await expect(page.locator('[data-testid="relation-group"][data-type="SUPPORTS"][data-direction="out"] .phrase').first()).toHaveText("يدعم ←");
  // As drawn: the arrow sits on the target's side and points to it, right to left. Russia supports (arrow on the left,
  // pointing left, towards the entities listed after it); Russia is supported by (arrow on the right, pointing right).
  const arrowSide = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const text = el.firstChild!;
      const at = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return range.getBoundingClientRect();
      };
      const content = text.textContent!;
      const arrow = at(content.search(/[←→]/), content.search(/[←→]/) + 1);
      const word = at(content.search(/[\u0600-\u06FF]/), content.search(/[\u0600-\u06FF]/) + 1);
      return arrow.left < word.left ? "left" : "right";
    });
  expect(await arrowSide('[data-testid="relation-group"][data-type="SUPPORTS"][data-direction="out"] .phrase')).toBe("left");
  expect(await arrowSide('[data-testid="relation-group"][data-type="SUPPORTS"][data-direction="in"] .phrase')).toBe("right");
});

// Screenshots of the Arabic explorer and workbench: into the test's output, or for the README into docs/screenshots/
// when asked (SANAD_SCREENSHOTS=1 npm test -- --only playwright e2e/arabic.spec.ts).
test("screenshots of the Arabic explorer with a selection and the Arabic workbench", async ({ page }, testInfo) => {
  const shot = (name: string) => (process.env.SANAD_SCREENSHOTS ? `docs/screenshots/${name}` : testInfo.outputPath(name));
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto("/?entity=china");
  await canvasReady(page);
  await expect(page.getByTestId("entity-relations")).toBeVisible();
  await page.screenshot({ path: shot("explorer-ar-selection.png") });
  await page.goto("/queries/stances?entity=russia&run=1");
  await expect(page.getByTestId("query-results")).toBeVisible();
  await page.screenshot({ path: shot("workbench-ar.png"), fullPage: true });
});
