// The explorer's whole view as URL search params and back: a copied link reproduces it, back/forward walk through it.
import { DOCUMENT_ID_IN_LINK, ENTITY_ID, RELATION_TYPE_NAME } from "@/lib/graph/model";

/** What the details panel shows: an entity or a relation (?entity= or ?relation=). */
export type Selection = { kind: "entity"; id: string } | { kind: "relation"; id: string } | null;

/** One expansion of a node in place; `times` > 1 after "+N more". */
export interface Expansion {
  id: string;
  times: number;
}

export interface ExplorerState {
  selection: Selection;
  focus: string | null;
  depth: number;
  path: { from: string; to: string } | null;
  expand: Expansion[];
  hidden: string[]; // nodes hidden or collapsed by hand
  hiddenTypes: string[];
  hiddenRelations: string[];
  coMentions: boolean;
  minConfidence: number;
  /** Show the relations a person rejected (hidden by default). */
  rejected: boolean;
  document: string | null; // filter: only what this document says
  reader: string | null; // the document open in the reader
  sentence: number | null; // the sentence selected in the reader
  /** Only what articles published from this day (YYYY-MM-DD) say. */
  since: string | null;
  /** Only what articles published up to this day say. */
  until: string | null;
}

export const DEFAULT_STATE: ExplorerState = {
  selection: null,
  focus: null,
  depth: 1,
  path: null,
  expand: [],
  hidden: [],
  hiddenTypes: [],
  hiddenRelations: [],
  coMentions: false,
  minConfidence: 0,
  rejected: false,
  document: null,
  reader: null,
  sentence: null,
  since: null,
  until: null,
};

/** A day as the API takes it: YYYY-MM-DD, a real date. */
export function isDay(v: string | null): v is string {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const SLUG = ENTITY_ID;
const DOC = DOCUMENT_ID_IN_LINK;
const REL_TYPE = RELATION_TYPE_NAME;

type Params = { get(name: string): string | null };

const list = (value: string | null, valid: RegExp) => [...new Set((value ?? "").split(",").filter((v) => valid.test(v)))];

/** Reads a view from search params; anything malformed is ignored rather than failing the page. */
export function parseState(params: Params): ExplorerState {
  const one = (k: string) => params.get(k) || null;
  const entity = one("entity");
  const relation = one("relation");
  const depth = Number(one("depth") ?? 1);
  const minConfidence = Number(one("minconf") ?? 0);
  const from = one("from");
  const to = one("to");
  const sentence = Number(one("sentence"));
  const expand: Expansion[] = [];
  for (const item of (one("expand") ?? "").split(",")) {
    const [id, times] = item.split(":");
    if (!id || !SLUG.test(id) || expand.some((e) => e.id === id)) continue;
    const n = Number(times ?? 1);
    expand.push({ id, times: Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1 });
  }
  const doc = (k: string) => {
    const v = one(k);
    return v && DOC.test(v) ? v : null;
  };
  const reader = doc("doc");
  const since = isDay(one("since")) ? one("since") : null;
  const until = isDay(one("until")) ? one("until") : null;
  return {
    selection: entity && SLUG.test(entity) ? { kind: "entity", id: entity } : relation ? { kind: "relation", id: relation } : null,
    focus: one("focus") && SLUG.test(one("focus")!) ? one("focus") : null,
    depth: [1, 2, 3].includes(depth) ? depth : 1,
    path: from && to && SLUG.test(from) && SLUG.test(to) && from !== to ? { from, to } : null,
    expand,
    hidden: list(one("hidden"), SLUG),
    hiddenTypes: list(one("hide"), /^[a-z]+$/),
    hiddenRelations: list(one("hiderel"), REL_TYPE),
    // Co-mentions are hidden unless asked for (co=1): typed relations come first (co=0, the old way to hide them, is the default).
    coMentions: one("co") === "1",
    minConfidence: Number.isFinite(minConfidence) ? Math.min(1, Math.max(0, minConfidence)) : 0,
    rejected: one("rejected") === "1",
    document: doc("in"),
    reader,
    sentence: reader && Number.isInteger(sentence) && sentence >= 0 && one("sentence") !== null ? sentence : null,
    // A range that runs backwards is no range: both ends are dropped rather than the API's 400 shown.
    since: since && until && since > until ? null : since,
    until: since && until && since > until ? null : until,
  };
}

/** The search params of a view, in a stable order, leaving out what is at its default. */
export function toSearch(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.selection) p.set(state.selection.kind, state.selection.id);
  if (state.path) {
    p.set("from", state.path.from);
    p.set("to", state.path.to);
  } else if (state.focus) {
    p.set("focus", state.focus);
    if (state.depth !== 1) p.set("depth", String(state.depth));
  }
  if (state.expand.length) p.set("expand", state.expand.map((e) => (e.times > 1 ? `${e.id}:${e.times}` : e.id)).join(","));
  if (state.hidden.length) p.set("hidden", state.hidden.join(","));
  if (state.hiddenTypes.length) p.set("hide", state.hiddenTypes.join(","));
  if (state.hiddenRelations.length) p.set("hiderel", state.hiddenRelations.join(","));
  if (state.coMentions) p.set("co", "1");
  if (state.minConfidence > 0) p.set("minconf", String(state.minConfidence));
  if (state.rejected) p.set("rejected", "1");
  if (state.document) p.set("in", state.document);
  if (state.since) p.set("since", state.since);
  if (state.until) p.set("until", state.until);
  if (state.reader) {
    p.set("doc", state.reader);
    if (state.sentence !== null) p.set("sentence", String(state.sentence));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The date range as search params for the API (`since=…&until=…`), empty when there is none. */
export function rangeParams(state: Pick<ExplorerState, "since" | "until">): string {
  return [state.since ? `since=${state.since}` : "", state.until ? `until=${state.until}` : ""].filter(Boolean).join("&");
}

/** Changing what the graph is built from (focus, path, document, dates) starts a new set of expansions and hidden nodes. */
export function withBase(state: ExplorerState, base: Partial<Pick<ExplorerState, "focus" | "depth" | "path" | "document" | "since" | "until">>): ExplorerState {
  return { ...state, ...base, expand: [], hidden: [] };
}
