"use client";
// A saved query's page: the Cypher, a form from its typed parameters, Run (Ctrl/Cmd+Enter), results as table or graph.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SavedQueryView } from "@/lib/saved-queries/saved-queries";
import type { GraphEdge, GraphNode } from "@/lib/types";
import { request, toRequestError, type ApiError } from "@/app/_components/api/request";
import { useChange, type ChangeState } from "@/app/_components/api/use-change";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { CanvasControls } from "@/app/_components/canvas/canvas-controls";
import { EntityInput } from "@/app/_components/shared/entity-input";
import type { Selection } from "@/app/_components/explorer/explorer-state";

const CypherEditor = dynamic(() => import("./cypher-editor").then((m) => m.CypherEditor), { ssr: false, loading: () => <p className="meta">Loading the editor…</p> });
const GraphCanvas = dynamic(() => import("@/app/_components/canvas/graph-canvas").then((m) => m.GraphCanvas), { ssr: false, loading: () => <p className="meta">Loading the graph…</p> });

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

export function QueryWorkbench({ query, initialParams }: { query: SavedQueryView; initialParams: Record<string, string | undefined> }) {
  const [cypher, setCypher] = useState(query.cypher);
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
    setRunning(true);
    setError(null);
    if (savingFailed) resetSaving();
    if (editingFailed) resetEditing();
    const params: Record<string, unknown> = {};
    for (const p of query.parameters) if (values[p.name] !== "") params[p.name] = values[p.name];
    const unchanged = query.id !== "" && cypher === query.cypher;
    // Ad-hoc Cypher has no declared types: send numbers as numbers.
    const adhocParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === "true" ? true : v === "false" ? false : v]));
    try {
      setResult(
        unchanged
          ? await request<Result>(`/api/queries/${encodeURIComponent(query.slug)}/run`, { method: "POST", body: { params } })
          : await request<Result>("/api/cypher", { method: "POST", body: { cypher, params: adhocParams } }),
      );
    } catch (err) {
      const { status, code, message, fields } = toRequestError(err);
      // A refusal replaces the last result; with no answer at all the last result stays.
      if (status !== 0) setResult(null);
      setError({ code, message, fields });
    } finally {
      setRunning(false);
    }
  }, [cypher, query, values, savingFailed, editingFailed, resetSaving, resetEditing]);

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
    const body = { slug: saveAs.slug, name: saveAs.name, description: query.description, cypher, parameters: query.parameters, tags: query.tags };
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
    if (!window.confirm(`Delete the saved query “${query.name}”? This cannot be undone.`)) return;
    if (await editing.send(`/api/queries/${encodeURIComponent(query.slug)}`, "DELETE")) router.push("/queries");
  }

  async function update() {
    const body = { slug: query.slug, name: query.name, description: query.description, cypher, parameters: query.parameters, tags: query.tags };
    if (await editing.send(`/api/queries/${encodeURIComponent(query.slug)}`, "PUT", body)) {
      setSaved(query.slug);
      router.refresh();
    }
  }

  const open = (selection: Selection) => {
    if (selection) router.push(`/?${selection.kind}=${encodeURIComponent(selection.id)}`);
  };

  return (
    <div className="workbench">
      {query.description && <p className="meta">{query.description}</p>}
      <div className="editor">
        <span>Cypher</span>
        <CypherEditor value={cypher} onChange={setCypher} onRun={() => void runRef.current()} />
      </div>
      {query.parameters.length > 0 && (
        <fieldset className="params">
          <legend>Parameters</legend>
          {query.parameters.map((p) => (
            <label key={p.name}>
              {p.label ?? p.name} <code>${p.name}</code> <small>{p.type}</small>
              {p.type === "entity" ? (
                <EntityInput value={values[p.name] ?? ""} onChange={(v) => setValues({ ...values, [p.name]: v })} required={p.required} invalid={!!shownError?.fields?.[p.name]} />
              ) : (
                <input
                  value={values[p.name] ?? ""}
                  onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
                  required={p.required}
                  inputMode={p.type === "integer" || p.type === "float" ? "decimal" : undefined}
                  placeholder={p.type}
                  aria-invalid={!!shownError?.fields?.[p.name]}
                />
              )}
              {shownError?.fields?.[p.name] && <span className="field-error">{shownError.fields[p.name]}</span>}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? "Running…" : "Run"}
        </button>
        <small className="meta">Ctrl/Cmd + Enter</small>
      </div>
      {shownError && (
        <p className="form-error" role="alert" data-testid="query-error">
          <strong>{shownError.code}</strong>: {shownError.message}
        </p>
      )}
      {result && (
        <section className="results" data-testid="query-results">
          <div className="actions">
            <span className="meta">
              {result.summary.rowCount} row{result.summary.rowCount === 1 ? "" : "s"}
              {result.summary.truncated ? " (truncated)" : ""} in {result.summary.durationMs} ms
            </span>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              Table
            </button>
            <button type="button" aria-pressed={view === "graph"} onClick={() => setView("graph")} disabled={result.graph.nodes.length === 0}>
              Graph ({result.graph.nodes.length})
            </button>
            <button type="button" onClick={() => download(`${query.slug || "query"}.csv`, "text/csv", toCsv(result))}>
              CSV
            </button>
            <button type="button" onClick={() => download(`${query.slug || "query"}.json`, "application/json", JSON.stringify(result, null, 2))}>
              JSON
            </button>
          </div>
          {view === "table" ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    {result.columns.map((c, i) => (
                      <th key={c} aria-sort={sort?.column === i ? (sort.descending ? "descending" : "ascending") : "none"}>
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
                        <td key={j} dir="auto">
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
          <button type="button" onClick={() => void update()} disabled={cypher === query.cypher}>
            Save changes
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete…
          </button>
        </div>
      )}
      {editing.state.kind === "token" && <ChangeStatus change={editing} />}
      {runs.length > 0 && (
        <section className="history" aria-label="Run history">
          <h3>Recent runs</h3>
          <table>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} className={r.status}>
                  <td>{new Date(r.startedAt).toLocaleString()}</td>
                  <td>{r.status}</td>
                  <td>{r.durationMs} ms</td>
                  <td>{r.rowCount} rows</td>
                  <td>{r.message ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <form className="save-as" onSubmit={save}>
        <strong>Save as a new query</strong>
        <input placeholder="slug, e.g. my-query" value={saveAs.slug} onChange={(e) => setSaveAs({ ...saveAs, slug: e.target.value })} aria-label="Slug" required />
        <input placeholder="Name" value={saveAs.name} onChange={(e) => setSaveAs({ ...saveAs, name: e.target.value })} aria-label="Name" required />
        <button type="submit">Save</button>
        {saved && (
          <span role="status">
            Saved: <a href={`/queries/${saved}`}>{saved}</a>
          </span>
        )}
      </form>
      {saving.state.kind === "token" && <ChangeStatus change={saving} />}
    </div>
  );
}
