import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityId } from "../lib/validation";
import { GAZETTEER, slugify } from "./gazetteer";

describe("slugify", () => {
  it("keeps the gazetteer's ids", () => {
    expect(slugify("Xi Jinping")).toBe("xi-jinping");
    expect(slugify("Belt and Road Initiative")).toBe("belt-and-road-initiative");
    expect(slugify("أيمن الصفدي")).toBe("ايمن-الصفدي");
  });

  it("drops the tatweel and other modifier letters (found by the soak's fuzzing)", () => {
    expect(slugify("Xi Jinpingـأكد")).toBe("xi-jinpingاكد");
    expect(slugify("ـــ")).toBe("");
  });

  it("cuts a run-on name to the longest id the API accepts (found by the seed fuzzing)", () => {
    const id = slugify(`ChinaXi Jinping${"x".repeat(300)}`);
    expect(id).toBe(`chinaxi-jinping${"x".repeat(185)}`);
    expect(entityId.safeParse(id).success).toBe(true);
    expect(slugify(`${"a".repeat(199)} b`)).toBe("a".repeat(199));
  });

  it("only ever makes ids the API accepts", () => {
    for (const e of GAZETTEER) expect(entityId.safeParse(e.id).success, e.id).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (name) => {
        const id = slugify(name);
        if (id) expect(entityId.safeParse(id).success, JSON.stringify(id)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
