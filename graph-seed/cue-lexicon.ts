// The clause cues, as data: each names the words that carry a relation, its type, and where its arguments stand
// (docs/relations.md, "Clause cues"). A new cue is one line here and a test; the code in clause-relations.ts reads them.
import type { Lang, Modality } from "./types";

/**
 * Where the arguments of a cue stand in its clause:
 * - `subject`: `before` the nearest actor (or coordinated list of actors) before the cue; `after` the first actor
 *   after it (Arabic verb-first clauses: «استقبل الرئيس … نظيره …»).
 * - `object`: `after` the first actor (or list) after the cue, past the subject when that follows the cue too;
 *   `with` the list after «مع»/"with"; `between` the list after «بين»/"between" (its members pair up); `parties` none:
 *   the subjects themselves are the parties (with the `with` list when there is one), every pair of them.
 */
export interface ClauseCue {
  lang: Lang;
  /** The words as written (matched folded like mentions, at a word start, with Arabic clitics and suffixes). */
  cue: string;
  type: "MET_WITH" | "COOPERATES_WITH" | "OPPOSES" | "SUPPORTS" | "HAS_POSITION_ON" | "PLANS_TO_ATTEND" | "PLANS_TO_VISIT";
  subject: "before" | "after";
  object: "after" | "with" | "between" | "parties";
  /** Set when the cue itself says so (a future verb, "will visit"); otherwise the clause's modality. */
  modality?: Modality;
  /** The object follows one of these words after the cue («موقف مصر من السد»: من). */
  prep?: string[];
}

const en = (cue: string, type: ClauseCue["type"], subject: ClauseCue["subject"], object: ClauseCue["object"], modality?: Modality, prep?: string[]): ClauseCue => ({ lang: "en", cue, type, subject, object, ...(modality ? { modality } : {}), ...(prep ? { prep } : {}) });
const ar = (cue: string, type: ClauseCue["type"], subject: ClauseCue["subject"], object: ClauseCue["object"], modality?: Modality, prep?: string[]): ClauseCue => ({ lang: "ar", cue, type, subject, object, ...(modality ? { modality } : {}), ...(prep ? { prep } : {}) });

export const CLAUSE_CUES: ClauseCue[] = [
  // Meetings, receptions, calls: two people.
  en("met with", "MET_WITH", "before", "after"),
  en("met", "MET_WITH", "before", "after"),
  en("meets", "MET_WITH", "before", "after"),
  en("will meet", "MET_WITH", "before", "after", "plan"),
  en("held talks with", "MET_WITH", "before", "with"),
  en("talks with", "MET_WITH", "before", "with"),
  en("received", "MET_WITH", "before", "after"),
  en("hosted", "MET_WITH", "before", "after"),
  en("hosts", "MET_WITH", "before", "after"),
  en("will host", "MET_WITH", "before", "after", "plan"),
  en("spoke by phone with", "MET_WITH", "before", "with"),
  en("spoke with", "MET_WITH", "before", "with"),
  en("phone call with", "MET_WITH", "before", "with"),
  en("telephone call with", "MET_WITH", "before", "with"),
  en("call with", "MET_WITH", "before", "with"),
  en("talks between", "MET_WITH", "before", "between"),
  en("meeting between", "MET_WITH", "before", "between"),
  en("summit between", "MET_WITH", "before", "between"),
  ar("محادثات بين", "MET_WITH", "before", "between"),
  ar("مباحثات بين", "MET_WITH", "before", "between"),
  ar("لقاء بين", "MET_WITH", "before", "between"),
  ar("اجتماع بين", "MET_WITH", "before", "between"),
  ar("التقى", "MET_WITH", "after", "after"),
  ar("يلتقي", "MET_WITH", "after", "after"),
  ar("استقبل", "MET_WITH", "after", "after"),
  ar("يستقبل", "MET_WITH", "after", "after"),
  ar("اجتمع", "MET_WITH", "after", "with"),
  ar("محادثات مع", "MET_WITH", "before", "with"),
  ar("مباحثات مع", "MET_WITH", "before", "with"),
  ar("اتصالا هاتفيا", "MET_WITH", "after", "with"),
  ar("اتصال هاتفي", "MET_WITH", "before", "with"),
  ar("تلقى", "MET_WITH", "after", "after"),

  // Agreements, deals, memoranda, joint statements, exercises, partnerships: every pair of the parties.
  en("signed", "COOPERATES_WITH", "before", "parties"),
  en("agreed", "COOPERATES_WITH", "before", "parties"),
  en("agreement with", "COOPERATES_WITH", "before", "with"),
  en("deal with", "COOPERATES_WITH", "before", "with"),
  en("partnership with", "COOPERATES_WITH", "before", "with"),
  en("memorandum", "COOPERATES_WITH", "before", "parties"),
  en("joint statement", "COOPERATES_WITH", "before", "parties"),
  en("joint exercise", "COOPERATES_WITH", "before", "parties"),
  en("joint naval exercise", "COOPERATES_WITH", "before", "parties"),
  en("joint military exercise", "COOPERATES_WITH", "before", "parties"),
  en("cooperation between", "COOPERATES_WITH", "before", "between"),
  en("agreement between", "COOPERATES_WITH", "before", "between"),
  en("deal between", "COOPERATES_WITH", "before", "between"),
  en("brokered", "COOPERATES_WITH", "before", "parties"),
  ar("وقع", "COOPERATES_WITH", "after", "parties"),
  ar("وقعت", "COOPERATES_WITH", "after", "parties"),
  ar("وقعا", "COOPERATES_WITH", "before", "parties"),
  ar("وقعتا", "COOPERATES_WITH", "before", "parties"),
  ar("اتفق", "COOPERATES_WITH", "after", "parties"),
  ar("اتفقت", "COOPERATES_WITH", "after", "parties"),
  ar("اتفقا", "COOPERATES_WITH", "before", "parties"),
  ar("اتفقتا", "COOPERATES_WITH", "before", "parties"),
  ar("اتفاقيه مع", "COOPERATES_WITH", "before", "with"),
  ar("اتفاق مع", "COOPERATES_WITH", "before", "with"),
  ar("اتفاقيه بين", "COOPERATES_WITH", "before", "between"),
  ar("اتفاق بين", "COOPERATES_WITH", "before", "between"),
  ar("مذكره تفاهم", "COOPERATES_WITH", "before", "parties"),
  ar("بيان مشترك", "COOPERATES_WITH", "before", "parties"),
  ar("مناورات مشتركه", "COOPERATES_WITH", "before", "between"),
  ar("تمرين مشترك", "COOPERATES_WITH", "before", "between"),
  ar("شراكه مع", "COOPERATES_WITH", "before", "with"),

  // Sanctions, bans, restrictions, condemnation, rejection: the actor against its target.
  en("sanctions on", "OPPOSES", "before", "after"),
  en("sanctions against", "OPPOSES", "before", "after"),
  en("sanctioned", "OPPOSES", "before", "after"),
  en("imposed sanctions on", "OPPOSES", "before", "after"),
  en("restrictions on", "OPPOSES", "before", "after"),
  en("condemned", "OPPOSES", "before", "after"),
  en("condemns", "OPPOSES", "before", "after"),
  en("denounced", "OPPOSES", "before", "after"),
  en("rejected", "OPPOSES", "before", "after"),
  en("opposed", "OPPOSES", "before", "after"),
  en("opposes", "OPPOSES", "before", "after"),
  en("banned", "OPPOSES", "before", "after"),
  ar("عقوبات على", "OPPOSES", "before", "after"),
  ar("عقوبات جديده على", "OPPOSES", "before", "after"),
  ar("فرض عقوبات على", "OPPOSES", "before", "after"),
  ar("فرضت", "OPPOSES", "after", "after"),
  ar("ادان", "OPPOSES", "after", "after"),
  ar("ادانت", "OPPOSES", "after", "after"),
  ar("ندد", "OPPOSES", "after", "after"),
  ar("نددت", "OPPOSES", "after", "after"),
  ar("رفضت", "OPPOSES", "after", "after"),
  ar("رفض", "OPPOSES", "after", "after"),
  en("voted against", "OPPOSES", "before", "after"),
  en("criticised", "OPPOSES", "before", "after"),
  en("criticized", "OPPOSES", "before", "after"),
  en("criticises", "OPPOSES", "before", "after"),
  en("criticizes", "OPPOSES", "before", "after"),
  en("accused", "OPPOSES", "before", "after"),
  en("accuses", "OPPOSES", "before", "after"),
  en("blocked", "OPPOSES", "before", "after"),
  en("vetoed", "OPPOSES", "before", "after"),
  en("tariffs on", "OPPOSES", "before", "after"),
  en("imposed tariffs on", "OPPOSES", "before", "after"),
  en("export controls on", "OPPOSES", "before", "after"),
  en("ban on", "OPPOSES", "before", "after"),
  en("fighting", "OPPOSES", "before", "after"),
  en("opposition to", "OPPOSES", "before", "after"),
  ar("انتقد", "OPPOSES", "after", "after"),
  ar("انتقدت", "OPPOSES", "after", "after"),
  ar("عارض", "OPPOSES", "after", "after"),
  ar("عارضت", "OPPOSES", "after", "after"),
  ar("صوتت ضد", "OPPOSES", "after", "after"),
  ar("رسوما جمركيه على", "OPPOSES", "before", "after"),
  ar("رسوم جمركيه على", "OPPOSES", "before", "after"),
  ar("حظر", "OPPOSES", "after", "after"),
  ar("حظرت", "OPPOSES", "after", "after"),

  // Backing, endorsing, welcoming, congratulating an actor or initiative.
  en("backed", "SUPPORTS", "before", "after"),
  en("backs", "SUPPORTS", "before", "after"),
  en("endorsed", "SUPPORTS", "before", "after"),
  en("welcomed", "SUPPORTS", "before", "after"),
  en("welcomes", "SUPPORTS", "before", "after"),
  en("congratulated", "SUPPORTS", "before", "after"),
  en("support for", "SUPPORTS", "before", "after"),
  ar("هنا", "SUPPORTS", "after", "after"),
  ar("هنات", "SUPPORTS", "after", "after"),
  ar("رحب", "SUPPORTS", "after", "after"),
  ar("رحبت", "SUPPORTS", "after", "after"),
  ar("اشاد", "SUPPORTS", "after", "after"),
  en("to back", "SUPPORTS", "before", "after"),
  en("voted for", "SUPPORTS", "before", "after"),
  en("voted in favour of", "SUPPORTS", "before", "after"),
  en("voted in favor of", "SUPPORTS", "before", "after"),
  en("pushed for", "SUPPORTS", "before", "after"),
  en("pushed hard for", "SUPPORTS", "before", "after"),
  en("championed", "SUPPORTS", "before", "after"),
  en("supported", "SUPPORTS", "before", "after"),
  en("supports", "SUPPORTS", "before", "after"),
  en("endorses", "SUPPORTS", "before", "after"),
  ar("ايد", "SUPPORTS", "after", "after"),
  ar("ايدت", "SUPPORTS", "after", "after"),
  ar("دعمت", "SUPPORTS", "after", "after"),
  ar("صوتت لصالح", "SUPPORTS", "after", "after"),

  // Stated positions on a named issue.
  en("position on", "HAS_POSITION_ON", "before", "after"),
  en("stance on", "HAS_POSITION_ON", "before", "after"),
  en("view on", "HAS_POSITION_ON", "before", "after"),
  en("views on", "HAS_POSITION_ON", "before", "after"),
  en("stance toward", "HAS_POSITION_ON", "before", "after"),
  en("position regarding", "HAS_POSITION_ON", "before", "after"),
  ar("موقف", "HAS_POSITION_ON", "after", "after", undefined, ["من", "ازاء", "تجاه", "حيال"]),

  // Future attendance and visits.
  en("will attend", "PLANS_TO_ATTEND", "before", "after", "plan"),
  en("to attend", "PLANS_TO_ATTEND", "before", "after", "plan"),
  en("will take part in", "PLANS_TO_ATTEND", "before", "after", "plan"),
  en("will participate in", "PLANS_TO_ATTEND", "before", "after", "plan"),
  ar("سيشارك في", "PLANS_TO_ATTEND", "after", "after", "plan"),
  ar("يشارك في", "PLANS_TO_ATTEND", "after", "after", "plan"),
  ar("للمشاركه في", "PLANS_TO_ATTEND", "before", "after", "plan"),
  en("will visit", "PLANS_TO_VISIT", "before", "after", "plan"),
  en("to visit", "PLANS_TO_VISIT", "before", "after", "plan"),
  en("will travel to", "PLANS_TO_VISIT", "before", "after", "plan"),
  en("to travel to", "PLANS_TO_VISIT", "before", "after", "plan"),
  en("expected in", "PLANS_TO_VISIT", "before", "after", "plan"),
  ar("سيزور", "PLANS_TO_VISIT", "after", "after", "plan"),
  ar("سيتوجه الى", "PLANS_TO_VISIT", "after", "after", "plan"),
  ar("يتوجه الى", "PLANS_TO_VISIT", "after", "after", "plan"),
];
