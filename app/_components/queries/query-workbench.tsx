"use client";
// A saved query's page: the Cypher, a field for every `$name` in it (its type chosen there and saved with the query),
// Run (Ctrl/Cmd+Enter anywhere on the page; Escape cancels), syntax errors marked in the editor, results as table or graph.
import { useFormatter, useTranslations } from "next-intl";
import type { QueryText } from "@/lib/saved-queries/starter-text";
import { ErrorText } from "@/app/_components/shared/error-text";
import { useInterfaceLocale } from "@/app/_components/shared/entity-name";
import { richTags } from "@/app/_components/shared/rich-text";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SavedQueryView } from "@/lib/saved-queries/saved-queries";
import type { ParamDef } from "@/lib/saved-queries/parameters";
import { PARAM_TYPES, parameterNames, type ParamType } from "@/lib/saved-queries/parameter-types";
import { RELATION_TYPES } from "@/lib/graph/model";
import type { SyntaxMarker } from "./cypher-editor";
import type { GraphEdge, GraphNode } from "@/lib/types";
import { request, toRequestError, type ApiError } from "@/app/_components/api/request";
import { useChange, type ChangeState } from "@/app/_components/api/use-change";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { CanvasControls } from "@/app/_components/canvas/canvas-controls";
import { EntityInput } from "@/app/_components/shared/entity-input";
import type { Selection } from "@/app/_components/explorer/explorer-state";

function Loading({ what }: { what: "loadingEditor" | "loadingGraph" }) {
  const t = useTranslations("workbench");
  return <p className="meta">{t(what)}</p>;
}

const CypherEditor = dynamic(() => import("./cypher-editor").then((m) => m.CypherEditor), { ssr: false, loading: () => <Loading what="loadingEditor" /> });
const GraphCanvas = dynamic(() => import("@/app/_components/canvas/graph-canvas").then((m) => m.GraphCanvas), { ssr: false, loading: () => <Loading what="loadingGraph" /> });

// File formats are names, the same in every language; run statuses are worded from the catalogue.
const FORMAT = { csv: "CSV", json: "JSON" } as const;
const ARABIC = /[\u0600-\u06FF]/;
const STATUS = { ok: 1, error: 1, refused: 1, timeout: 1, cancelled: 1 } as const;

type Cell = null | string | number | boolean | Cell[] | { [key: string]: Cell };
interface Result {
  columns: string[];
  rows: Cell[][];
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  summary: { durationMs: number; rowCount: number; truncated: boolean };
}
interface RunRow {
  id: string;
  startedAt: string;
  durationMs: number;
  rowCount: number;
  status: string;
  message: string | null;
}

/** Where Neo4j placed a syntax error ("line 1, column 10 (offset 9)"), in the text as typed (the server trims it). */
function markerOf(error: ApiError, cypher: string, where: (line: string, column: string, message: string) => string): SyntaxMarker | null {
  const at = error.code === "syntax_error" ? /line (\d+), column (\d+) \(offset:? (\d+)\)/.exec(error.fields?.cypher ?? "") : null;
  if (!at) return null;
  const lead = cypher.length - cypher.trimStart().length;
  const message = error.message.replace(/\s*\(line \d+, column \d+ \(offset:? \d+\)\)/, "");
  return { offset: Number(at[3]) + lead, message: where(at[1]!, at[2]!, message) };
}

/** A field for every `$name` in the text, in order: its saved definition, one it had earlier in this session, or a new required text. */
function fieldsFor(cypher: string, known: Record<string, ParamDef>): ParamDef[] {
  return parameterNames(cypher).map((name) => known[name] ?? { name, type: "string", required: true });
}

function compare(a: Cell, b: Cell): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return show(a).localeCompare(show(b));
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function toCsv(result: { columns: string[]; rows: Cell[][] }): string {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [result.columns.map(quote).join(","), ...result.rows.map((r) => r.map((c) => quote(show(c))).join(","))].join("\r\n") + "\r\n";
}

function show(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "object") {
    if (!Array.isArray(cell) && typeof cell._node === "string") return `(${cell.name ?? cell._node})`;
    if (!Array.isArray(cell) && typeof cell._relationship === "string") return `[:${cell._relationship}]`;
    return JSON.stringify(cell);
  }
  return String(cell);
}

export function QueryWorkbench({ query, text, initialParams }: { query: SavedQueryView; text: QueryText; initialParams: Record<string, string | undefined> }) {
  const t = useTranslations("workbench");
  const locale = useInterfaceLocale();
  const format = useFormatter();
  const [cypher, setCypher] = useState(query.cypher);
  // Every definition seen in this session, by name: a `$name` deleted and typed again gets its type back.
  const [known, setKnown] = useState<Record<string, ParamDef>>(() => Object.fromEntries(query.parameters.map((p) => [p.name, p])));
  const fields = useMemo(() => fieldsFor(cypher, known), [cypher, known]);
  const fieldsChanged = JSON.stringify(fields) !== JSON.stringify(fieldsFor(query.cypher, Object.fromEntries(query.parameters.map((p) => [p.name, p]))));
  const [marker, setMarker] = useState<SyntaxMarker | null>(null);
  const controller = useRef<AbortController | null>(null);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(query.parameters.map((p) => [p.name, initialParams[p.name] ?? (p.default === undefined ? "" : String(p.default))])),
  );
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const [view, setView] = useState<"table" | "graph">("table");
  const [saveAs, setSaveAs] = useState({ slug: "", name: "" });
  const [saved, setSaved] = useState<string | null>(null);
  const autoRan = useRef(false);
  const runRef = useRef<() => Promise<void>>(async () => {});
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null);
  const [runs, setRuns] = useState<RunRow[]>([]);
  const router = useRouter();
  // Saving as a new query, and changing or deleting this one: each asks for the admin token beside its own buttons.
  const saving = useChange();
  const editing = useChange();
  const { reset: resetSaving } = saving;
  const { reset: resetEditing } = editing;
  const savingFailed = saving.state.kind === "error";
  const editingFailed = editing.state.kind === "error";
  // One error line: a failed change shows over a run's error until the next run.
  const changeError = [saving.state, editing.state].find((s): s is Extract<ChangeState, { kind: "error" }> => s.kind === "error");
  const shownError: ApiError | null = changeError ?? error;

  const run = useCallback(async () => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setError(null);
    setMarker(null);
    if (savingFailed) resetSaving();
    if (editingFailed) resetEditing();
    const params: Record<string, unknown> = {};
    for (const p of fields) if ((values[p.name] ?? "") !== "") params[p.name] = values[p.name];
    const cypherText = cypher;
    const unchanged = query.id !== "" && cypherText === query.cypher && !fieldsChanged;
    try {
      setResult(
        unchanged
          ? await request<Result>(`/api/queries/${encodeURIComponent(query.slug)}/run`, { method: "POST", body: { params }, signal: abort.signal })
          : // Text not saved (yet): its fields' types go with it, so values are checked as a saved query's are.
            await request<Result>("/api/cypher", { method: "POST", body: { cypher: cypherText, params, parameters: fields }, signal: abort.signal }),
      );
    } catch (err) {
      const e = toRequestError(err);
      if (e.code === "aborted") setError({ code: "cancelled", message: t("cancelled") });
      else {
        // A refusal replaces the last result; with no answer at all the last result stays.
        if (e.status !== 0) setResult(null);
        setError({ code: e.code, message: e.message, fields: e.fields });
        setMarker(markerOf(e, cypherText, (line, column, message) => t("syntaxAt", { line, column, message })));
      }
    } finally {
      controller.current = null;
      setRunning(false);
    }
  }, [cypher, query, values, fields, fieldsChanged, savingFailed, editingFailed, resetSaving, resetEditing, t]);

  // Escape cancels a running query wherever the focus is (the Run button it came from is disabled meanwhile).
  useEffect(() => {
    if (!running) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") controller.current?.abort();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [running]);

  const setType = (def: ParamDef, type: ParamType) => setKnown((k) => ({ ...k, [def.name]: { ...def, type, default: undefined } }));

  useEffect(() => {
    runRef.current = run;
  }, [run]);

  // The run history, fetched again after every run (recording happens just after the response).
  useEffect(() => {
    if (!query.id) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request<{ runs: RunRow[] }>(`/api/queries/${encodeURIComponent(query.slug)}/runs`, { signal: controller.signal })
        .then((body) => setRuns(body.runs.slice(0, 10)))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query.id, query.slug, result, error]);

  useEffect(() => {
    // A link with ?run=1 opens the query with its parameters filled and runs it.
    if (initialParams.run === "1" && !autoRan.current) {
      autoRan.current = true;
      void run();
    }
  }, [initialParams.run, run]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(null);
    const body = { slug: saveAs.slug, name: saveAs.name, description: query.description, cypher, parameters: fields, tags: query.tags };
    const done = await saving.send<{ slug: string }>("/api/queries", "POST", body);
    if (done) setSaved(done.data.slug);
  }

  const resultGraph = useMemo(
    () => (result ? { ...result.graph, truncated: result.summary.truncated, total: { nodes: result.graph.nodes.length, edges: result.graph.edges.length } } : null),
    [result],
  );
  const [cy, setCy] = useState<Core | null>(null);
  const sortedRows = !result || !sort ? (result?.rows ?? []) : [...result.rows].sort((a, b) => (sort.descending ? -1 : 1) * compare(a[sort.column] ?? null, b[sort.column] ?? null));

  async function remove() {
    if (!window.confirm(t("deleteConfirm", { name: text.name }))) return;
    if (await editing.send(`/api/queries/${encodeURIComponent(query.slug)}`, "DELETE")) router.push("/queries");
  }

  async function update() {
    const body = { slug: query.slug, name: query.name, description: query.description, cypher, parameters: fields, tags: query.tags };
    if (await editing.send(`/api/queries/${encodeURIComponent(query.slug)}`, "PUT", body)) {
      setSaved(query.slug);
      router.refresh();
    }
  }

  const open = (selection: Selection) => {
    if (selection) router.push(`/?${selection.kind}=${encodeURIComponent(selection.id)}`);
  };

  return (
    <div
      className="workbench"
      onKeyDown={(e) => {
        // Ctrl/Cmd+Enter runs from anywhere in the workbench (the editor handles its own and marks it handled).
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.nativeEvent.defaultPrevented) {
          e.preventDefault();
          void runRef.current();
        }
      }}
    >
      {text.description && (
        <p className="meta" lang={text.lang === locale ? undefined : text.lang}>
          {text.description}
        </p>
      )}
      <div className="editor">
        <span>{t.rich("cypher", richTags)}</span>
        <CypherEditor
          value={cypher}
          onChange={(v) => {
            setCypher(v);
            if (v !== cypher) setMarker(null);
          }}
          onRun={() => void runRef.current()}
          marker={marker}
          label={t("editorLabel")}
        />
      </div>
      {fields.length > 0 && (
        <fieldset className="params" data-testid="parameters">
          <legend>{t("parameters")}</legend>
          {fields.map((p) => (
            <div key={p.name} className="param" data-testid={`param-${p.name}`}>
              <div className="param-head">
                <label htmlFor={`param-${p.name}`}>
                  {text.labels[p.name] ? <span lang={/[\u0600-\u06FF]/.test(text.labels[p.name]!) ? undefined : "en"}>{text.labels[p.name]}</span> : <code>{p.name}</code>} <code dir="ltr">${p.name}</code>
                </label>
                <select aria-label={t("typeOf", { name: p.name })} value={p.type} onChange={(e) => setType(p, e.target.value as ParamType)}>
                  {PARAM_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`paramTypes.${type}`)}
                    </option>
                  ))}
                </select>
              </div>
              <ParamField def={p} value={values[p.name] ?? ""} onChange={(v) => setValues((vs) => ({ ...vs, [p.name]: v }))} invalid={!!shownError?.fields?.[p.name]} />
              {shownError?.fields?.[p.name] && (
                <span className="field-error" lang={locale === "en" ? undefined : "en"}>
                  {shownError.fields[p.name]}
                </span>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? t("running") : t("run")}
        </button>
        {running ? (
          <button type="button" onClick={() => controller.current?.abort()}>
            {t("cancel")}
          </button>
        ) : null}
        <small className="meta">{t.rich("keys", richTags)}</small>
      </div>
      {shownError && (
        <p className="form-error" role="alert" data-testid="query-error">
          <strong lang="en" dir="ltr">
            {shownError.code}
          </strong>
          : {shownError.code === "cancelled" && !changeError ? shownError.message : <ErrorText code={shownError.code} message={shownError.message} />}
        </p>
      )}
      {result && (
        <section className="results" data-testid="query-results">
          <div className="actions">
            <span className="meta" data-testid="row-count">
              {t("rows", { count: result.summary.rowCount })}
              {result.summary.truncated ? t("truncated") : ""}
              {t("inMs", { ms: result.summary.durationMs })}
            </span>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              {t("table")}
            </button>
            <button type="button" aria-pressed={view === "graph"} onClick={() => setView("graph")} disabled={result.graph.nodes.length === 0}>
              {t("graph", { count: result.graph.nodes.length })}
            </button>
            <button type="button" onClick={() => download(`${query.slug || "query"}.csv`, "text/csv", toCsv(result))}>
              <span lang="en">{FORMAT.csv}</span>
            </button>
            <button type="button" onClick={() => download(`${query.slug || "query"}.json`, "application/json", JSON.stringify(result, null, 2))}>
              <span lang="en">{FORMAT.json}</span>
            </button>
          </div>
          {view === "table" ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    {result.columns.map((c, i) => (
                      <th key={c} dir="auto" lang="en" aria-sort={sort?.column === i ? (sort.descending ? "descending" : "ascending") : "none"}>
                        <button type="button" className="sort" onClick={() => setSort({ column: i, descending: sort?.column === i ? !sort.descending : false })}>
                          {c}
                          {sort?.column === i ? (sort.descending ? " ▼" : " ▲") : ""}
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {sortedRows.map((row, i) => (
                    <tr key={i}>
                      {row.map((cell, j) => (
                        // Results are data in their own language, not interface text.
                        <td key={j} dir="auto" lang={ARABIC.test(show(cell)) ? "ar" : "en"}>
                          {show(cell)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <div className="result-graph canvas-wrap">
              <div className="canvas-tools">
                <CanvasControls cy={cy} />
              </div>
              <div className="stage">
                <GraphCanvas graph={resultGraph!} onSelect={open} onCy={setCy} />
              </div>
            </div>
          )}
        </section>
      )}
      {query.id && (
        <div className="actions">
          <button type="button" onClick={() => void update()} disabled={cypher === query.cypher && !fieldsChanged}>
            {t("saveChanges")}
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t("delete")}
          </button>
        </div>
      )}
      {editing.state.kind === "token" && <ChangeStatus change={editing} />}
      {runs.length > 0 && (
        <section className="history" aria-label={t("runHistory")}>
          <h3>{t("recentRuns")}</h3>
          <table>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} className={r.status}>
                  <td>{format.dateTime(new Date(r.startedAt), { dateStyle: "medium", timeStyle: "medium" })}</td>
                  <td>{Object.hasOwn(STATUS, r.status) ? t(`runStatus.${r.status as keyof typeof STATUS}`) : r.status}</td>
                  <td>{t("ms", { ms: r.durationMs })}</td>
                  <td>{t("rows", { count: r.rowCount })}</td>
                  <td lang={r.message && locale !== "en" ? "en" : undefined} dir="auto">
                    {r.message ?? ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <form className="save-as" onSubmit={save}>
        <strong>{t("saveAsNew")}</strong>
        <input placeholder={t("slugPlaceholder")} value={saveAs.slug} onChange={(e) => setSaveAs({ ...saveAs, slug: e.target.value })} aria-label={t("slug")} required dir="ltr" />
        <input placeholder={t("name")} value={saveAs.name} onChange={(e) => setSaveAs({ ...saveAs, name: e.target.value })} aria-label={t("name")} required dir="auto" />
        <button type="submit">{t("save")}</button>
        {saved && (
          <span role="status">
            {t("saved")}{" "}
            <a href={`/queries/${saved}`} lang="en" dir="ltr">
              {saved}
            </a>
          </span>
        )}
      </form>
      {saving.state.kind === "token" && <ChangeStatus change={saving} />}
    </div>
  );
}

/** One parameter's value, as its type asks: an entity by name, a relation type from the list, yes/no, a list, a number or text. */
function ParamField({ def, value, onChange, invalid }: { def: ParamDef; value: string; onChange: (value: string) => void; invalid: boolean }) {
  const id = `param-${def.name}`;
  const t = useTranslations("workbench");
  const wording = useRelationWording();
  switch (def.type) {
    case "entity":
      return <EntityInput id={id} value={value} onChange={onChange} required={def.required} invalid={invalid} />;
    case "relationType":
    case "boolean":
      return (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid}>
          <option value="">{def.required ? t("choose") : t("none")}</option>
          {def.type === "boolean"
            ? (["true", "false"] as const).map((v) => (
                <option key={v} value={v}>
                  {v === "true" ? t("yes") : t("no")}
                </option>
              ))
            : Object.keys(RELATION_TYPES).map((type) => (
                <option key={type} value={type}>
                  {wording.typeName(type)}
                </option>
              ))}
        </select>
      );
    case "list":
      return <textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} rows={2} placeholder={t("listPlaceholder")} aria-invalid={invalid} dir="auto" />;
    default:
      return (
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={def.required}
          inputMode={def.type === "integer" || def.type === "float" ? "decimal" : undefined}
          placeholder={t(`paramTypes.${def.type}`)}
          aria-invalid={invalid}
          dir="auto"
        />
      );
  }
}
