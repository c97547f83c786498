import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import { STARTER_QUERIES } from "./starter-queries";
import { starterText } from "./starter-text";

const starter = STARTER_QUERIES.find((q) => q.slug === "shortest-path")!;

describe("starterText", () => {
  it("gives every starter an Arabic name, description and parameter labels", () => {
    for (const q of STARTER_QUERIES) {
      const text = starterText({ ...q, starter: true }, ar, "ar");
      expect(text.lang, q.slug).toBe("ar");
      expect(text.name + text.description, q.slug).toMatch(/[\u0600-\u06FF]/);
      for (const p of q.parameters) expect(text.labels[p.name], `${q.slug} $${p.name}`).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("leaves an edited starter, and any query of the user's, as written", () => {
    const edited = starterText({ ...starter, name: "My path", starter: true }, ar, "ar");
    expect(edited).toMatchObject({ name: "My path", lang: "en" });
    const mine = starterText({ slug: "mine", name: "طريقي", description: "", parameters: [{ name: "from", type: "entity", required: true, label: "Start" }], starter: false }, ar, "ar");
    expect(mine).toEqual({ name: "طريقي", description: "", lang: "ar", labels: { from: "Start" } });
  });
});
