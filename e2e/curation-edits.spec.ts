import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Its own article, so no other spec's relations are touched: "Sudan supports Chad" is read as supports:sudan:chad.
const ARTICLE = "Egypt said on Monday that Sudan supports Chad on water. Chad welcomed it.";
const RELATION = "supports:sudan:chad";
const REVERSED = "supports:chad:sudan";

async function undoAll(request: APIRequestContext, target: string) {
  const { records } = await (await request.get(`/api/curation?target=${encodeURIComponent(target)}`)).json();
  for (const r of records as { id: number; undoneAt?: string }[]) if (!r.undoneAt) await request.post(`/api/curation/${r.id}/undo`);
}

/** An edge's ends on the canvas, or null when it is not drawn. */
const ends = (page: Page, id: string) =>
  page.evaluate((edgeId) => {
    const e = window.cy!.getElementById(edgeId);
    return e.nonempty() ? [e.data("source") as string, e.data("target") as string] : null;
  }, id);

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  for (const id of [REVERSED, "supports:sudan:egypt", RELATION]) await undoAll(request, id);
  const res = await request.post("/api/documents", { data: { text: ARTICLE, title: "Sudan and Chad" } });
  expect([200, 201]).toContain(res.status());
});

test("reverse a relation from its panel: the arrow turns, and undo turns it back", async ({ page, consoleErrors }) => {
  await page.goto(`/?relation=${encodeURIComponent(RELATION)}`);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(await ends(page, RELATION)).toEqual(["sudan", "chad"]);

  const panel = page.getByTestId("relation-panel");
  await panel.getByRole("button", { name: "Reverse…" }).click();
  await panel.getByLabel("Reason").fill("the text says Chad supports Sudan");
  await panel.getByRole("button", { name: "Reverse", exact: true }).click();

  // The selection follows the relation to its new id; the arrow now points the other way.
  await expect(page).toHaveURL(new RegExp(`relation=${encodeURIComponent(REVERSED)}`));
  await expect(panel.getByTestId("direction")).toContainText("Chad → Sudan");
  await expect.poll(() => ends(page, REVERSED)).toEqual(["chad", "sudan"]);
  expect(await ends(page, RELATION)).toBeNull();
  const record = panel.getByTestId("curation-record").first();
  await expect(record).toContainText("Reversed SUPPORTS: “Sudan” → “Chad” became “Chad” → “Sudan”");
  await expect(record).toContainText("the text says Chad supports Sudan");
  await page.screenshot({ path: "test-results/curation-reversed.png" });

  await panel.getByRole("button", { name: /^Undo #\d+: Reversed/ }).click();
  await page.getByRole("dialog", { name: "Undo this correction?" }).getByRole("button", { name: "Undo" }).click();
  await expect(page).toHaveURL(new RegExp(`relation=${encodeURIComponent(RELATION)}`));
  await expect.poll(() => ends(page, RELATION)).toEqual(["sudan", "chad"]);
  expect(await ends(page, REVERSED)).toBeNull();
  await expect(panel.getByTestId("direction")).toContainText("Sudan → Chad");
  expect(consoleErrors).toEqual([]);
});

test("move an end to an entity picked by name, then undo", async ({ page }) => {
  await page.goto(`/?relation=${encodeURIComponent(RELATION)}`);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  const panel = page.getByTestId("relation-panel");
  await panel.getByRole("button", { name: "Move an end…" }).click();
  await panel.getByLabel("Which end").selectOption("target");
  await panel.getByLabel("Give it to").fill("مصر");
  await panel.getByRole("option", { name: /^Egypt/ }).click();
  await panel.getByRole("button", { name: "Move", exact: true }).click();
  await expect(panel.getByTestId("direction")).toContainText("Sudan → Egypt");
  await expect.poll(() => ends(page, "supports:sudan:egypt")).toEqual(["sudan", "egypt"]);
  await expect(panel.getByTestId("curation-record").first()).toContainText("target “Chad” → “Egypt”");
  await panel.getByRole("button", { name: /^Undo #\d+: Moved/ }).click();
  await page.getByRole("dialog", { name: "Undo this correction?" }).getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => ends(page, RELATION)).toEqual(["sudan", "chad"]);
});
