import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseState, toSearch, withBase, type ExplorerState } from "./explorer-state";

const parse = (search: string) => parseState(new URLSearchParams(search));

describe("explorer state in the URL", () => {
  it("round-trips a full view", () => {
    const state: ExplorerState = {
      selection: { kind: "relation", id: "supports:russia:china" },
      focus: "taiwan",
      depth: 2,
      path: null,
      expand: [
        { id: "china", times: 1 },
        { id: "روسيا", times: 3 },
      ],
      hidden: ["trade"],
      hiddenTypes: ["topic", "city"],
      hiddenRelations: ["OPPOSES"],
      coMentions: false,
      minConfidence: 0.5,
      rejected: true,
      document: "doc-9527091f87bec52f",
      reader: "doc-9527091f87bec52f",
      sentence: 4,
      since: "2021-01-01",
      until: "2022-06-30",
    };
    expect(parse(toSearch(state))).toEqual(state);
  });

  it("keeps a date range only when both ends are real days in order", () => {
    expect(parse("since=2021-01-01")).toMatchObject({ since: "2021-01-01", until: null });
    expect(parse("until=2021-12-31")).toMatchObject({ since: null, until: "2021-12-31" });
    expect(parse("since=2021-02-30&until=yesterday")).toMatchObject({ since: null, until: null });
    expect(parse("since=2022-01-01&until=2021-01-01")).toMatchObject({ since: null, until: null });
    expect(toSearch({ ...DEFAULT_STATE, since: "2021-01-01" })).toBe("?since=2021-01-01");
  });

  it("hides co-mentions unless co=1 asks for them (co=0, the old way to hide them, reads as the default)", () => {
    expect(parse("").coMentions).toBe(false);
    expect(parse("co=0").coMentions).toBe(false);
    expect(parse("co=1").coMentions).toBe(true);
    expect(toSearch({ ...DEFAULT_STATE, coMentions: true })).toBe("?co=1");
  });

  it("leaves defaults out of the URL", () => {
    expect(toSearch(DEFAULT_STATE)).toBe("");
    expect(toSearch({ ...DEFAULT_STATE, selection: { kind: "entity", id: "china" } })).toBe("?entity=china");
  });

  it("ignores what is malformed instead of failing", () => {
    const s = parse("entity=NOT%20A%20SLUG&depth=9&minconf=abc&expand=ok:0,BAD,ok2:x,ok&hide=Topic,city&in=../x&doc=doc-zz&sentence=-1&from=a&to=a");
    expect(s.selection).toBeNull();
    expect(s.depth).toBe(1);
    expect(s.minConfidence).toBe(0);
    expect(s.expand).toEqual([
      { id: "ok", times: 1 },
      { id: "ok2", times: 1 },
    ]);
    expect(s.hiddenTypes).toEqual(["city"]);
    expect(s.document).toBeNull();
    expect(s.reader).toBeNull();
    expect(s.sentence).toBeNull();
    expect(s.path).toBeNull();
  });

  it("a path wins over a focus, and a new base drops expansions and hidden nodes", () => {
    const s = parse("from=china&to=taiwan&focus=russia&expand=china&hidden=trade");
    expect(s.path).toEqual({ from: "china", to: "taiwan" });
    expect(toSearch(s)).not.toContain("focus");
    const next = withBase(s, { path: null, focus: "russia" });
    expect(next.expand).toEqual([]);
    expect(next.hidden).toEqual([]);
    expect(toSearch(next)).toBe("?focus=russia");
  });

  it("keeps a sentence only with its document", () => {
    expect(parse("sentence=3").sentence).toBeNull();
    expect(parse("doc=doc-ab12&sentence=0").sentence).toBe(0);
  });
});
