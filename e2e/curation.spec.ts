import type { APIRequestContext } from "@playwright/test";
import { canvasNodes, expect, test } from "./fixtures";

// Its own article, so the other specs' entities are not touched: it names one minister twice ("Ayman Safadi", "Ayman").
const ARTICLE = "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan supports India on trade. Foreign Minister Ayman al-Safadi praised Modi and Japan.";
const REJECTED = "supports:pakistan:india";

/** Undoes what an earlier run of these tests left in force, so each run starts from the pipeline's reading. */
async function undoAll(request: APIRequestContext, target: string) {
  const { records } = await (await request.get(`/api/curation?target=${encodeURIComponent(target)}`)).json();
  for (const r of records as { id: number; undoneAt?: string }[]) if (!r.undoneAt) await request.post(`/api/curation/${r.id}/undo`);
}

const hasEdge = (page: import("@playwright/test").Page, id: string) => page.evaluate((edgeId) => window.cy!.getElementById(edgeId).nonempty(), id);

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  await undoAll(request, "ayman-safadi");
  await undoAll(request, REJECTED);
  const res = await request.post("/api/documents", { data: { text: ARTICLE, title: "Safadi in Delhi" } });
  expect(res.status()).toBe(201);
});

test("merging two entities in the panel leaves one node with both names", async ({ page, consoleErrors }) => {
  await page.goto("/?entity=ayman");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  const ids = (await canvasNodes(page)).map((n) => n.id);
  expect(ids).toEqual(expect.arrayContaining(["ayman", "ayman-safadi"]));

  const panel = page.getByTestId("entity-panel");
  await panel.getByRole("button", { name: "Merge into…" }).click();
  await panel.getByLabel("Merge into").fill("ayman-safadi");
  await panel.getByRole("button", { name: "Merge…" }).click();
  const dialog = page.getByRole("dialog", { name: "Merge these entities?" });
  await expect(dialog).toContainText("Ayman (ayman) will be merged into ayman-safadi");
  await dialog.getByRole("button", { name: "Merge" }).click();

  // The panel now shows the entity that remains, with the merged name among its names, and the merge in its history.
  await expect(panel.getByRole("heading", { name: "Ayman Safadi" })).toBeVisible();
  await expect(panel.locator("dt:text-is('Also called') + dd")).toContainText("Ayman");
  await expect(panel.getByTestId("curation-record").first()).toContainText("Merged “Ayman” (ayman) into “Ayman Safadi”");
  await expect(page).toHaveURL(/entity=ayman-safadi/);
  // One node on the canvas, holding both entities' mentions.
  await expect.poll(async () => (await canvasNodes(page)).map((n) => n.id)).not.toContain("ayman");
  expect((await canvasNodes(page)).filter((n) => n.label === "Ayman Safadi")).toHaveLength(1);
  await expect(panel.locator("mark", { hasText: /^Ayman$/ })).toBeVisible();
  await expect(panel.locator("mark", { hasText: /^Ayman Safadi$/ })).toBeVisible();

  // Undo from the history brings both back.
  await panel.getByRole("button", { name: /^Undo #\d+: Merged/ }).click();
  await page.getByRole("dialog", { name: "Undo this correction?" }).getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await canvasNodes(page)).map((n) => n.id)).toContain("ayman");
  await expect(panel.locator("dt:text-is('Also called') + dd", { hasText: /(^|· )Ayman( ·|$)/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test("a rejected edge disappears, comes back when rejected edges are shown, and undo restores it", async ({ page, consoleErrors }) => {
  await page.goto(`/?relation=${encodeURIComponent(REJECTED)}`);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(await hasEdge(page, REJECTED)).toBe(true);

  const panel = page.getByTestId("relation-panel");
  await panel.getByRole("button", { name: "Reject…" }).click();
  await panel.getByLabel("Why is it wrong?").fill("Safadi spoke about Japan");
  await panel.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(panel.getByTestId("verdict")).toContainText("Rejected: Safadi spoke about Japan");
  await expect.poll(() => hasEdge(page, REJECTED)).toBe(false);

  await page.getByText("Relations and more").click();
  await page.getByRole("checkbox", { name: "rejected" }).check();
  await expect(page).toHaveURL(/rejected=1/);
  await expect.poll(() => hasEdge(page, REJECTED)).toBe(true);
  expect(await page.evaluate((id) => window.cy!.getElementById(id).data("rejected"), REJECTED)).toBe(true);

  // A shared link keeps showing it; without the toggle it stays hidden.
  await page.reload();
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(await hasEdge(page, REJECTED)).toBe(true);
  await page.getByRole("checkbox", { name: "rejected" }).uncheck();
  await expect.poll(() => hasEdge(page, REJECTED)).toBe(false);

  await panel.getByRole("button", { name: /^Undo #\d+: Rejected/ }).click();
  await page.getByRole("dialog", { name: "Undo this correction?" }).getByRole("button", { name: "Undo" }).click();
  await expect(panel.getByTestId("verdict")).toHaveCount(0);
  await expect.poll(() => hasEdge(page, REJECTED)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test("a missing relation is added by selecting its evidence in a sentence", async ({ page }) => {
  await page.goto("/?entity=japan");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  const panel = page.getByTestId("entity-panel");
  await panel.getByRole("button", { name: "Add a relation" }).click();
  await panel.getByLabel("Direction").selectOption("in");
  await panel.getByLabel("Other entity").fill("ayman-safadi");
  const sentence = panel.locator(".pick-sentences p", { hasText: "praised Modi and Japan" });
  // Select the words as a reader would (a range in the sentence's text).
  await sentence.evaluate((p) => {
    const text = p.firstChild!;
    const from = text.textContent!.indexOf("praised");
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, from + "praised Modi and Japan".length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect(panel.getByTestId("chosen-span")).toContainText("praised Modi and Japan");
  await panel.getByRole("button", { name: "Add the relation" }).click();
  const relation = page.getByTestId("relation-panel");
  await expect(relation.getByRole("heading", { level: 2 })).toContainText("Ayman Safadi SUPPORTS Japan");
  await expect(relation.getByTestId("verdict")).toContainText("Confirmed");
  await expect(relation.getByTestId("evidence").first().locator("mark")).toHaveText("praised Modi and Japan");
  await expect.poll(() => hasEdge(page, "supports:ayman-safadi:japan")).toBe(true);
  await relation.getByRole("button", { name: /^Undo #\d+: Added/ }).click();
  await page.getByRole("dialog", { name: "Undo this correction?" }).getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => hasEdge(page, "supports:ayman-safadi:japan")).toBe(false);
});

test("bad input is refused with the server's message and changes nothing", async ({ page, request }) => {
  await page.goto("/?entity=ayman");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  const panel = page.getByTestId("entity-panel");
  await panel.getByRole("button", { name: "Merge into…" }).click();
  await panel.getByLabel("Merge into").fill("no-such-entity");
  await panel.getByRole("button", { name: "Merge…" }).click();
  await page.getByRole("dialog", { name: "Merge these entities?" }).getByRole("button", { name: "Merge" }).click();
  await expect(panel.getByRole("alert")).toContainText('no entity with id "no-such-entity"');
  await expect(panel.getByRole("heading", { name: "Ayman", exact: true })).toBeVisible();
  const res = await request.post("/api/curation", { data: { kind: "reject", relation: REJECTED } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.fields.reason).toBeTruthy();
});
