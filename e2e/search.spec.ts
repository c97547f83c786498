import { expect, test } from "./fixtures";

const CASES: [query: string, id: string, name: string][] = [
  ["روسيا", "russia", "Russia"],
  ["Rusia", "russia", "Russia"],
  ["للصين", "china", "China"],
];

for (const [query, id, name] of CASES) {
  test(`searching "${query}" with the keyboard focuses ${name}`, async ({ explorer, consoleErrors }) => {
    await explorer.locator("body").press("/");
    const box = explorer.getByRole("combobox", { name: "Search entities" });
    await expect(box).toBeFocused();
    await box.fill(query);
    await expect(explorer.getByRole("option").first()).toContainText(name);
    await box.press("Enter");
    await expect(explorer.getByTestId("entity-panel").getByRole("heading", { name })).toBeVisible();
    await expect(explorer).toHaveURL(new RegExp(`entity=${id}`));
    expect(await explorer.evaluate((nodeId) => window.cy!.getElementById(nodeId).selected(), id)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
}

test("a search that finds nothing says so", async ({ explorer }) => {
  const box = explorer.getByRole("combobox", { name: "Search entities" });
  await box.fill("zzzqqq");
  await expect(explorer.locator(".search-results")).toContainText("Nothing found");
});
