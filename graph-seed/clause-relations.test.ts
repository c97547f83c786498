// The clause cues, one class at a time in both languages, with negated and reversed forms; and a new cue as data only.
import { describe, expect, it } from "vitest";
import { clauseRelations } from "./clause-relations";
import { CLAUSE_CUES, type ClauseCue } from "./cue-lexicon";
import { extract } from "./extract";
import { GAZETTEER } from "./gazetteer";
import { findMentions, buildMatcher } from "./find-mentions";
import { splitSentences } from "./split-sentences";
import type { Lang } from "./types";

const info = new Map(GAZETTEER.map((e) => [e.id, { type: e.type, capitalOf: e.capitalOf }]));
const matcher = buildMatcher(GAZETTEER);

/** The clause relations of a text, as "source TYPE target" (the cue rules of v6 left out, so each class is seen alone). */
function clauses(text: string, cues: ClauseCue[] = CLAUSE_CUES): string[] {
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences, matcher).sort((a, b) => a.start - b.start);
  return clauseRelations(text, sentences, mentions, info, cues)
    .map((r) => `${r.source} ${r.type} ${r.target}`)
    .sort();
}

const relations = (text: string, lang: Lang) =>
  extract({ text, lang, title: "t" })
    .relations.filter((r) => r.type !== "CO_MENTIONED")
    .map((r) => `${r.source} ${r.type} ${r.target}`);

describe("clause cues", () => {
  it("OPPOSES: sanctions and condemnation by the actor against its target, in English and Arabic", () => {
    expect(clauses("The United States imposed sanctions on Iran on Friday.")).toEqual(["united-states OPPOSES iran"]);
    expect(clauses("France and Germany condemned Russia.")).toEqual(["france OPPOSES russia", "germany OPPOSES russia"]);
    expect(clauses("فرضت الولايات المتحدة عقوبات جديدة على إيران.")).toContain("united-states OPPOSES iran");
    expect(clauses("أدانت مصر إسرائيل.")).toEqual(["egypt OPPOSES israel"]);
  });

  it("says nothing for a negated cue", () => {
    expect(clauses("The United States did not impose sanctions on Iran, and Egypt did not condemn Israel.")).toEqual([]);
    expect(clauses("لم تدن مصر إسرائيل.")).toEqual([]);
  });

  it("keeps direction: the subject is the actor, the complement the target", () => {
    expect(clauses("Iran condemned the United States.")).toEqual(["iran OPPOSES united-states"]);
    // A complement after a preposition is no subject: "in Cairo, Egypt …" still has Egypt as the actor.
    expect(clauses("Speaking in Turkey, Egypt backed Sudan.")).toEqual(["egypt SUPPORTS sudan"]);
  });

  it("SUPPORTS: backing and welcoming, not the parties after 'between' inside the object", () => {
    expect(clauses("Turkey backed Azerbaijan.")).toEqual(["turkey SUPPORTS azerbaijan"]);
    expect(clauses("Turkey backs a negotiated settlement between Russia and Ukraine.")).toEqual([]);
    expect(clauses("رحبت قطر بالمبادرة المصرية.")).toEqual(["qatar SUPPORTS egypt"]);
  });

  it("COOPERATES_WITH: every pair of the parties to an agreement, and the partner after 'with'", () => {
    expect(clauses("Egypt, Jordan and Iraq signed an agreement on Sunday.")).toEqual(["egypt COOPERATES_WITH iraq", "egypt COOPERATES_WITH jordan", "iraq COOPERATES_WITH jordan"]);
    expect(clauses("Indonesia signed a deal with Brazil.")).toEqual(["brazil COOPERATES_WITH indonesia"]);
    expect(clauses("وقعت مصر مع السعودية مذكرة تفاهم.")).toContain("egypt COOPERATES_WITH saudi-arabia");
  });

  it("MET_WITH: two people, not two states, and co-agents are not partners", () => {
    expect(clauses("Xi Jinping met Vladimir Putin in Moscow.")).toEqual(["vladimir-putin MET_WITH xi-jinping"]);
    expect(clauses("استقبل شي جينبينغ فلاديمير بوتين في بكين.")).toEqual(["vladimir-putin MET_WITH xi-jinping"]);
    expect(clauses("China met Russia.")).toEqual([]);
  });

  it("PLANS_TO_VISIT keeps the city visited; PLANS_TO_ATTEND needs an event", () => {
    expect(clauses("Vladimir Putin will visit Beijing next month.")).toEqual(["vladimir-putin PLANS_TO_VISIT beijing"]);
    expect(clauses("سيزور فلاديمير بوتين بكين الشهر المقبل.")).toEqual(["vladimir-putin PLANS_TO_VISIT beijing"]);
    expect(clauses("Vladimir Putin will attend the meeting.")).toEqual([]);
  });

  it("evidence carries the cue's own span", () => {
    const text = "France condemned Russia.";
    const x = extract({ text, lang: "en", title: "t" });
    const r = x.relations.find((r) => r.type === "OPPOSES" && r.source === "france")!;
    const cue = r.evidence[0]!.cue!;
    expect(text.slice(cue.start, cue.end)).toBe("condemned");
  });

  it("a new cue is a data line: one English and one Arabic line make new relations", () => {
    const text = "Egypt lambasted Israel. هاجمت مصر إسرائيل.";
    expect(clauses(text)).toEqual([]);
    const more: ClauseCue[] = [...CLAUSE_CUES, { lang: "en", cue: "lambasted", type: "OPPOSES", subject: "before", object: "after" }, { lang: "ar", cue: "هاجمت", type: "OPPOSES", subject: "after", object: "after" }];
    const found = clauseRelations(text, splitSentences(text), findMentions(text, splitSentences(text), matcher), info, more);
    expect(found.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(["egypt OPPOSES israel"]);
    expect(found[0]!.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it("joins the v6 rules in one extraction, one relation per pair", () => {
    const found = relations("The United States imposed sanctions on Iran. Washington sanctioned Iran again.", "en");
    expect(found.filter((r) => r === "united-states OPPOSES iran")).toHaveLength(1);
  });
});
