import fs from "node:fs";
import { expect, test } from "./fixtures";

test("the visible graph exports as JSON (filters applied) and as PNG", async ({ explorer }) => {
  await explorer.getByRole("checkbox", { name: "Show Topic" }).uncheck();
  const [json] = await Promise.all([explorer.waitForEvent("download"), explorer.getByRole("button", { name: "Export the visible graph as JSON" }).click()]);
  expect(json.suggestedFilename()).toBe("sanad-graph.json");
  const data = JSON.parse(fs.readFileSync((await json.path())!, "utf8"));
  const ids = data.nodes.map((n: { id: string }) => n.id);
  expect(ids).toContain("china");
  expect(data.nodes.some((n: { type: string }) => n.type === "topic")).toBe(false);
  expect(data.edges.find((e: { id: string }) => e.id === "supports:russia:china")?.evidence).toBe("/api/relations/supports%3Arussia%3Achina");
  for (const e of data.edges) expect(ids.includes(e.source) && ids.includes(e.target)).toBe(true);

  const [png] = await Promise.all([explorer.waitForEvent("download"), explorer.getByRole("button", { name: "Export the visible graph as PNG" }).click()]);
  const bytes = fs.readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(10_000);
});
