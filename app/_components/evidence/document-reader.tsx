"use client";
// The reader beside the graph: the whole article (right to left for Arabic) with every mention marked in its type's colour.
// Hovering a mention lights its node, clicking it picks the entity, a sentence can be selected, and the evidence of the
// selected relation is marked and scrolled into view.
import { DocumentOrigin } from "@/app/_components/shared/document-origin";
import { ErrorText } from "@/app/_components/shared/error-text";
import { useTranslations } from "next-intl";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { useEffect, useMemo, useRef } from "react";
import { typeStyle } from "@/lib/entity-types";
import { segments } from "@/lib/document-segments";
import type { DocumentDetails, DocumentMention } from "@/lib/graph/document-reads";
import type { ApiState } from "@/app/_components/api/use-api";

interface Piece {
  start: number;
  end: number;
  mention?: DocumentMention;
  evidence: boolean;
}

/** A sentence cut into pieces: mentions (earliest and longest first) and plain text, each split where the evidence starts and ends. */
function pieces(doc: DocumentDetails, s: { start: number; end: number }, evidence: { start: number; end: number }[]): Piece[] {
  const inside = doc.mentionSpans.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
  const text = doc.text.slice(s.start, s.end);
  const cuts = evidence.flatMap((e) => [e.start - s.start, e.end - s.start]).filter((c) => c > 0 && c < text.length);
  const out: Piece[] = [];
  let at = 0;
  for (const seg of segments(text, inside)) {
    const end = at + seg.text.length;
    const bounds = [at, ...cuts.filter((c) => c > at && c < end).sort((a, b) => a - b), end];
    for (let i = 0; i < bounds.length - 1; i++) {
      const a = bounds[i]!;
      const b = bounds[i + 1]!;
      const mid = s.start + (a + b) / 2;
      out.push({
        start: s.start + a,
        end: s.start + b,
        ...("mention" in seg ? { mention: { ...seg.mention, start: seg.mention.start + s.start, end: seg.mention.end + s.start } } : {}),
        evidence: evidence.some((e) => e.start <= mid && mid < e.end),
      });
    }
    at = end;
  }
  return out;
}

export function DocumentReader({
  state,
  sentence,
  relation,
  entity,
  filtered,
  onClose,
  onSelectSentence,
  onHoverEntity,
  onPickEntity,
  onFilter,
}: {
  state: ApiState<DocumentDetails>;
  sentence: number | null;
  /** The selected relation: its evidence in this document is marked and scrolled to. */
  relation: string | null;
  entity: string | null;
  filtered: boolean;
  onClose: () => void;
  onSelectSentence: (index: number | null) => void;
  onHoverEntity: (id: string | null) => void;
  onPickEntity: (id: string) => void;
  onFilter: (on: boolean) => void;
}) {
  const t = useTranslations("reader");
  const wording = useRelationWording();
  const body = useRef<HTMLDivElement>(null);
  const doc = state.kind === "ready" ? state.data : null;
  const evidence = useMemo(() => (doc && relation ? doc.evidenceSpans.filter((e) => e.relationId === relation) : []), [doc, relation]);

  // Bring what was just chosen into view: a newly selected relation's evidence, a newly selected sentence.
  useEffect(() => {
    if (evidence.length) body.current?.querySelector(".evidence-mark")?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [evidence]);
  useEffect(() => {
    if (doc && sentence !== null) body.current?.querySelector(`[data-sentence="${sentence}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [doc, sentence]);

  return (
    <aside className="reader" aria-label={t("label")} data-testid="reader">
      <header>
        <div>
          {doc ? (
            <h2 dir="auto" lang={doc.lang}>
              {doc.title || doc.id}
            </h2>
          ) : (
            <h2>{t("document")}</h2>
          )}
          {doc && (
            <p className="meta">
              {doc.publishedAt ? t("published", { date: doc.publishedAt }) : ""}
              {doc.version > 1 ? t("version", { version: doc.version }) : ""}
              {t("counts", { sentences: doc.sentences, mentions: doc.mentions, relations: doc.relations })}
              {(doc.source || doc.outlet) && (
                <>
                  {" · "}
                  <DocumentOrigin source={doc.source} outlet={doc.outlet} />
                </>
              )}
            </p>
          )}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t("close")}>
          ✕
        </button>
      </header>
      {doc && (
        <label className="filter">
          <input type="checkbox" checked={filtered} onChange={(e) => onFilter(e.target.checked)} /> {t("onlyThis")}
        </label>
      )}
      {state.kind === "loading" && <p className="meta">{t("loading")}</p>}
      {state.kind === "error" && (
        <p className="state error" role="alert">
          <ErrorText code={state.code} message={state.message} />
        </p>
      )}
      {doc && relation && evidence.length === 0 && <p className="meta">{t("noEvidence")}</p>}
      {doc && (
        <div ref={body} className="document-text" lang={doc.lang} dir={doc.lang === "ar" ? "rtl" : "ltr"} data-testid="document-text">
          {doc.sentenceSpans.map((s, i) => {
            const gapStart = i === 0 ? 0 : doc.sentenceSpans[i - 1]!.end;
            const selected = sentence === s.index;
            return (
              <span key={s.index}>
                {doc.text.slice(gapStart, s.start)}
                <span
                  className={`reader-sentence${selected ? " selected" : ""}${evidence.some((e) => e.sentenceIndex === s.index) ? " has-evidence" : ""}`}
                  data-sentence={s.index}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest("a, button")) return;
                    onSelectSentence(selected ? null : s.index);
                  }}
                >
                  <button type="button" className="sentence-no" aria-pressed={selected} aria-label={t("selectSentence", { number: s.index + 1 })} onClick={() => onSelectSentence(selected ? null : s.index)}>
                    {s.index + 1}
                  </button>
                  {pieces(doc, s, evidence).map((p) => {
                    const text = doc.text.slice(p.start, p.end);
                    const inner = p.evidence ? <mark className="evidence-mark">{text}</mark> : text;
                    if (!p.mention) return <span key={p.start}>{inner}</span>;
                    const m = p.mention;
                    return (
                      <a
                        key={p.start}
                        href={`/?entity=${encodeURIComponent(m.entityId)}`}
                        className={`mention-link${entity === m.entityId ? " current" : ""}`}
                        style={{ borderColor: typeStyle(m.type).color }}
                        title={t("mentionTitle", { name: m.name, type: wording.entityType(m.type), rule: m.rule })}
                        data-entity={m.entityId}
                        onClick={(e) => {
                          e.preventDefault();
                          onPickEntity(m.entityId);
                        }}
                        onMouseEnter={() => onHoverEntity(m.entityId)}
                        onMouseLeave={() => onHoverEntity(null)}
                        onFocus={() => onHoverEntity(m.entityId)}
                        onBlur={() => onHoverEntity(null)}
                      >
                        {inner}
                      </a>
                    );
                  })}
                </span>
              </span>
            );
          })}
          {doc.text.slice(doc.sentenceSpans.at(-1)?.end ?? 0)}
        </div>
      )}
    </aside>
  );
}
