// Exploring a corpus in the browser: the date range in the URL changes the graph, the evidence and the paths; the
// documents page searches and pages on the server; the duplicate review merges (and undoes) and dismisses for good.
import { canvasNodes, expect, test } from "./fixtures";

const ready = (page: import("@playwright/test").Page) => expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });

test("a date range limits the graph, the evidence and the paths, and stays in the URL", async ({ page, request, consoleErrors }) => {
  // Two articles in years no other test uses: Brazil and Argentina in 1999, Chile and Peru in 1998, the same relation in both.
  for (const [text, publishedAt] of [
    ["Brazil supports Argentina on trade. Brazil and Argentina signed a deal in Buenos Aires.", "1999-06-01"],
    ["Chile supports Peru on trade. Brazil supports Argentina on energy as well.", "1998-03-01"],
  ]) expect((await request.post("/api/documents", { data: { text, publishedAt, title: `Range ${publishedAt}` } })).status()).toBe(201);

  await page.goto("/?since=1999-01-01&until=1999-12-31");
  await ready(page);
  const ids = (await canvasNodes(page)).map((n) => n.id);
  expect(ids).toEqual(expect.arrayContaining(["brazil", "argentina"]));
  expect(ids).not.toContain("chile");
  await expect(page.getByTestId("date-range").locator('input[name="since"]')).toHaveValue("1999-01-01");

  // Widening the range through the control: the URL keeps it, and 1998's article comes in.
  await page.getByTestId("date-range").locator('input[name="since"]').fill("1998-01-01");
  await expect(page).toHaveURL(/since=1998-01-01/);
  await expect(page).toHaveURL(/until=1999-12-31/);
  await ready(page);
  await expect.poll(async () => (await canvasNodes(page)).map((n) => n.id)).toContain("chile");

  // The evidence of one relation: two articles without a range, one within 1998.
  await page.goto("/?relation=supports%3Abrazil%3Aargentina");
  await expect(page.getByTestId("relation-panel").getByTestId("evidence")).toHaveCount(2);
  await page.goto("/?relation=supports%3Abrazil%3Aargentina&since=1998-01-01&until=1998-12-31");
  await expect(page.getByTestId("relation-panel").getByTestId("evidence")).toHaveCount(1);
  await expect(page.getByTestId("relation-panel").getByTestId("evidence")).toContainText("energy");

  // Paths: Chile and Peru meet no one in 1999.
  await page.goto("/?from=brazil&to=argentina&co=1&since=1999-01-01&until=1999-12-31");
  await expect(page.getByTestId("path").first()).toBeVisible();
  await page.goto("/?from=chile&to=peru&co=1&since=1999-01-01&until=1999-12-31");
  await expect(page.getByTestId("no-path")).toBeVisible();
  await page.goto("/?from=chile&to=peru&co=1&since=1998-01-01&until=1998-12-31");
  await expect(page.getByTestId("path").first()).toBeVisible();

  // A range nothing was published in says so (not "the graph is empty"), and one click clears it.
  await page.goto("/?since=1900-01-01&until=1900-12-31");
  await expect(page.getByTestId("graph-empty-range")).toBeVisible();
  await page.getByTestId("graph-empty-range").getByRole("button", { name: "Any date" }).click();
  await expect(page).not.toHaveURL(/since=/);
  await ready(page);

  // The entity panel says when and where it was seen.
  await page.goto("/?entity=chile");
  await expect(page.getByTestId("entity-seen")).toContainText("1998");
  expect(consoleErrors).toEqual([]);
});

test("the documents page searches and pages through the API", async ({ page, request }) => {
  const tag = `Pagetest${Date.now()}`;
  for (let i = 0; i < 3; i++)
    expect((await request.post("/api/documents", { data: { text: `Japan and India discussed trade in Tokyo (${tag} ${i}).`, title: `${tag} report ${i}` } })).status()).toBe(201);
  await page.goto("/documents?limit=2");
  await page.getByTestId("documents-search").fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByTestId("documents-summary")).toContainText("3 documents");
  await expect(page.getByTestId("document-row")).toHaveCount(2);
  const first = await page.getByTestId("document-row").allTextContents();
  await page.getByTestId("documents-next").click();
  await expect(page.getByTestId("document-row")).toHaveCount(1);
  expect(first).not.toContain((await page.getByTestId("document-row").allTextContents())[0]);
  await expect(page.getByTestId("documents-next")).toHaveCount(0);
  await page.getByTestId("documents-first").click();
  await expect(page.getByTestId("document-row")).toHaveCount(2);
  await page.getByTestId("documents-sort").selectOption("title");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("document-row").first()).toContainText(`${tag} report 0`);
});

test("a duplicate is merged and the merge undone; a dismissed pair stays dismissed", async ({ page, request, consoleErrors }) => {
  const articles = [
    "Foreign Minister Tarek Mansour met Narendra Modi in New Delhi. Mansour said Egypt supports India on trade.",
    "التقى وزير الخارجية طارق منصور رئيس الوزراء ناريندرا مودي في نيودلهي. وقال منصور إن مصر تدعم الهند.",
    "Foreign Minister Karim Haddad met Narendra Modi in Mumbai. Haddad said Lebanon supports India on energy.",
    "التقى وزير الخارجية كريم حداد رئيس الوزراء ناريندرا مودي في مومباي. وقال حداد إن لبنان يدعم الهند.",
  ];
  for (const text of articles) expect((await request.post("/api/documents", { data: { text } })).status()).toBe(201);
  await page.goto("/duplicates");
  const mansour = page.locator('[data-pair="tarek-mansour|طارق-منصور"]');
  const haddad = page.locator('[data-pair="karim-haddad|كريم-حداد"]');
  await expect(mansour).toContainText("Same name in two scripts");
  await expect(haddad).toBeVisible();

  await mansour.getByRole("button", { name: "Merge" }).click();
  await expect(mansour).toHaveAttribute("data-outcome", "merged");
  expect((await (await request.get("/api/entities/%D8%B7%D8%A7%D8%B1%D9%82-%D9%85%D9%86%D8%B5%D9%88%D8%B1")).json()).id).toBe("tarek-mansour");
  await mansour.getByRole("button", { name: "Undo the merge" }).click();
  await expect(mansour).toHaveAttribute("data-outcome", "undone");
  expect((await (await request.get("/api/entities/%D8%B7%D8%A7%D8%B1%D9%82-%D9%85%D9%86%D8%B5%D9%88%D8%B1")).json()).id).toBe("طارق-منصور");

  await haddad.getByRole("button", { name: "Not the same" }).click();
  await expect(haddad).toHaveAttribute("data-outcome", "dismissed");
  await page.reload();
  await expect(page.locator('[data-pair="tarek-mansour|طارق-منصور"]')).toBeVisible();
  await expect(page.locator('[data-pair="karim-haddad|كريم-حداد"]')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
