import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_ID, ENTITY_ID_MAX } from "./ids";

const entityId = { safeParse: (id: string) => ({ success: id.length <= ENTITY_ID_MAX && ENTITY_ID.test(id) }) };
import { COUNTRIES } from "./countries.generated";
import { extract } from "./extract";
import { GAZETTEER, slugify } from "./gazetteer";
import { normalizeText } from "./normalize-arabic";

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

describe("the gazetteer's knowledge", () => {
  const byId = new Map(GAZETTEER.map((e) => [e.id, e]));

  it("holds every generated country and keeps the ids the graph already used", () => {
    for (const c of COUNTRIES) expect(byId.get(slugify(c.name))?.type, c.name).toBe("country");
    for (const id of ["china", "russia", "taiwan", "united-states", "ukraine", "turkey", "saudi-arabia", "united-kingdom", "north-korea", "south-korea"]) expect(byId.get(id)?.type, id).toBe("country");
    expect(byId.get("sweden")).toMatchObject({ nameAr: "السويد", wikidata: "Q34", adjectives: expect.arrayContaining(["Swedish", "سويدي"]) });
    expect(byId.get("stockholm")).toMatchObject({ nameAr: "ستوكهولم", capitalOf: "sweden" });
    expect(byId.get("olaf-scholz")).toMatchObject({ leaderOf: "germany", role: "chancellor" });
  });

  it("gives no name or adjective to two entities", () => {
    const owners = new Map<string, string>();
    for (const e of GAZETTEER) {
      for (const n of [e.name, e.nameAr, ...e.aliases, ...(e.adjectives ?? [])]) {
        if (!n || e.unmatched?.includes(n)) continue;
        const key = normalizeText(n).replace(/^ال/, "");
        const owner = owners.get(key);
        if (owner !== undefined && owner !== e.id) expect.fail(`${n}: ${owner} and ${e.id}`);
        owners.set(key, e.id);
      }
    }
  });

  it("finds new countries, capitals and adjectives in text, and leaves everyday words alone", () => {
    const ids = (text: string, lang: "ar" | "en") => extract({ text, lang, title: "t" }).entities.map((e) => e.id);
    expect(ids("وصل الوفد السويدي إلى ستوكهولم ثم إلى أنقرة.", "ar")).toEqual(["ankara", "stockholm", "sweden"]);
    expect(ids("Swedish officials flew from Stockholm to Nairobi.", "en")).toEqual(["nairobi", "stockholm", "sweden"]);
    // "مالي" is also "financial"; "turkey" a bird; "parish" no typo of Paris.
    expect(ids("قدمت الحكومة الدعم المالي للمزارعين.", "ar")).toEqual([]);
    expect(ids("They ate turkey in the parish hall.", "en")).toEqual([]);
    // An adjective two countries share names neither, and is no typo of a third ("Togolese").
    expect(ids("The Congolese debt talks ended.", "en")).toEqual([]);
  });

  it("names, for every leader, a country the gazetteer holds and a role a title can state", () => {
    const ids = new Set(GAZETTEER.map((e) => e.id));
    const leaders = GAZETTEER.filter((e) => e.leaderOf);
    expect(leaders.length).toBeGreaterThan(60);
    expect(leaders.filter((e) => !ids.has(e.leaderOf!) || !e.role).map((e) => e.id)).toEqual([]);
  });
});
