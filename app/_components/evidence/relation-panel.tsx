"use client";
// The side panel of one relation: its type, direction, modality and confidence, and each piece of evidence as its
// sentence with the supporting span marked, the speaker for reported speech, and a link to the sentence in its document.
import { DocumentOrigin } from "@/app/_components/shared/document-origin";
import { ErrorText } from "@/app/_components/shared/error-text";
import { Fragment, useState } from "react";
import type { EntityDetails, RelationDetails } from "@/lib/types";
import { SYMMETRIC_TYPES } from "@/lib/graph/model";
import type { CuratedSelection } from "@/app/_components/curation/entity-curation";
import { HighlightedSentence } from "./highlighted-sentence";
import { MarkedSentence } from "./marked-sentence";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { useFormatter, useMessages, useTranslations } from "next-intl";
import type { Messages } from "@/lib/i18n/catalogues";
import { EntityName, displayName, useInterfaceLocale } from "@/app/_components/shared/entity-name";
import { richTags } from "@/app/_components/shared/rich-text";
import { readerHref } from "./reader-link";
import { RelationCuration } from "@/app/_components/curation/relation-curation";
import { useApi } from "@/app/_components/api/use-api";

export function RelationPanel({
  id,
  onClose,
  onSelectEntity,
  onOpenSentence,
  onCurated,
  onSelectRelation,
  actions,
  range,
}: {
  id: string;
  /** `since=…&until=…`: only the evidence from articles published then. */
  range?: string;
  onClose: () => void;
  onSelectEntity: (id: string) => void;
  onOpenSentence?: (documentId: string, sentence: number) => void;
  /** After a correction: the panel reads the relation again, the caller the graph (and where the selection moved). */
  onCurated?: (next?: CuratedSelection) => void;
  /** Opens another relation between the same two entities. */
  onSelectRelation?: (id: string) => void;
  /** Extra buttons under the relation's facts. */
  actions?: React.ReactNode;
}) {
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi<RelationDetails>(`/api/relations/${encodeURIComponent(id)}${range ? `?${range}` : ""}`, reloadKey);
  const rel = state.kind === "ready" ? state.data : null;
  const t = useTranslations("relationPanel");
  const tCount = useTranslations("entityRelations");
  const messages = useMessages() as Messages;
  const wording = useRelationWording();
  const format = useFormatter();
  const pieces = (count: number) => tCount("sentences", { count });
  const sourceName = rel ? <EntityName name={rel.source.name} nameAr={rel.source.nameAr} /> : null;
  const targetName = rel ? <EntityName name={rel.target.name} nameAr={rel.target.nameAr} /> : null;
  return (
    <aside className="panel" aria-label={t("label")} data-testid="relation-panel">
      <header>
        <div>
          {rel && rel.type === "CO_MENTIONED" ? (
            <h2>
              <button type="button" className="link" onClick={() => onSelectEntity(rel.source.id)}>
                {sourceName}
              </button>{" "}
              <span className="rel-type co">{t("namedTogether")}</span>{" "}
              <button type="button" className="link" onClick={() => onSelectEntity(rel.target.id)}>
                {targetName}
              </button>
            </h2>
          ) : rel ? (
            <h2>
              <button type="button" className="link" onClick={() => onSelectEntity(rel.source.id)}>
                {sourceName}
              </button>{" "}
              <span className="rel-type">{wording.typeName(rel.type)}</span>{" "}
              <button type="button" className="link" onClick={() => onSelectEntity(rel.target.id)}>
                {targetName}
              </button>
            </h2>
          ) : (
            <h2>{t("relation")}</h2>
          )}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t("close")}>
          ✕
        </button>
      </header>
      {state.kind === "loading" && <p className="meta">{t("loading")}</p>}
      {state.kind === "error" && <p className="state error"><ErrorText code={state.code} message={state.message} /></p>}
      {rel && rel.type === "CO_MENTIONED" && (
        <>
          <p className="co-mention-note" data-testid="co-mention-note">
            {t.rich("coMentionNote", { ...richTags, source: () => sourceName, target: () => targetName, sentences: pieces(rel.evidence.length) })}
          </p>
          <PairRelations rel={rel} onSelectRelation={onSelectRelation} />
        </>
      )}
      {rel && rel.type !== "CO_MENTIONED" && (
        <>
          <dl className="facts">
            <dt>{t("direction")}</dt>
            <dd data-testid="direction">
              {sourceName} {SYMMETRIC_TYPES.has(rel.type) ? "—" : wording.rtl ? "←" : "→"} {targetName}
              {SYMMETRIC_TYPES.has(rel.type) ? t("eitherWay") : ""}
              {!wording.rtl && rel.source.nameAr && rel.target.nameAr && (
                <>
                  {" "}
                  <span className="ar" lang="ar" dir="rtl">
                    ({rel.source.nameAr} {SYMMETRIC_TYPES.has(rel.type) ? "—" : "←"} {rel.target.nameAr})
                  </span>
                </>
              )}
            </dd>
            <dt>{t("confidence")}</dt>
            <dd>{format.number(rel.confidence, { style: "percent", maximumFractionDigits: 0 })}</dd>
            <dt>{t("modality")}</dt>
            <dd>{lookup(messages.relationPanel.modalities, rel.modality) ?? <span lang="en">{rel.modality}</span>}</dd>
            {Object.entries(rel.properties).map(([k, v]) => (
              <Fragment key={k}>
                <dt>{lookup(messages.relationPanel.properties, k) ?? <span lang="en">{k}</span>}</dt>
                <dd>{typeof v === "number" ? format.number(v) : <bdi lang={/[\u0600-\u06FF]/.test(String(v)) ? "ar" : "en"}>{String(v)}</bdi>}</dd>
              </Fragment>
            ))}
          </dl>
          <PairRelations rel={rel} onSelectRelation={onSelectRelation} />
          {actions && <div className="panel-actions">{actions}</div>}
          {onCurated && (
            <RelationCuration
              relation={rel}
              reloadKey={reloadKey}
              onChanged={(next) => {
                setReloadKey((k) => k + 1);
                onCurated(next);
              }}
            />
          )}
        </>
      )}
      {rel && (
        <>
          <h3>{rel.type === "CO_MENTIONED" ? t("sentencesNamingBoth", { count: rel.evidence.length }) : t("evidenceHeading", { count: rel.evidence.length })}</h3>
          <ul className="mentions">
            {rel.evidence.map((ev) => (
              <li key={ev.id} className="mention" data-testid="evidence">
                <div className="where">
                  <span className="doc-title" lang={ev.document.lang} dir="auto" title={ev.document.title}>
                    {ev.document.title}
                  </span>
                  <DocumentOrigin source={ev.document.source} outlet={ev.document.outlet} />
                  <span>
                    <span lang="en" dir="ltr">
                      {ev.rule}
                    </span>
                    {ev.speaker ? t.rich("saidBy", { speaker: () => <EntityName name={ev.speaker!.name} nameAr={(ev.speaker as { nameAr?: string }).nameAr} /> }) : ""}
                  </span>
                </div>
                {rel.type === "CO_MENTIONED" ? (
                  <MarkedSentence text={ev.sentence.text} marks={(ev.names ?? []).map((n) => ({ from: n.start - ev.sentence.start, to: n.end - ev.sentence.start }))} lang={ev.document.lang} />
                ) : (
                  <HighlightedSentence text={ev.sentence.text} from={ev.start - ev.sentence.start} to={ev.end - ev.sentence.start} lang={ev.document.lang} {...(ev.cue ? { cue: { from: ev.cue.start - ev.sentence.start, to: ev.cue.end - ev.sentence.start } } : {})} />
                )}
                <a
                  className="in-reader"
                  href={readerHref(ev.document.id, ev.sentence.index, { relation: rel.id })}
                  onClick={(e) => {
                    if (!onOpenSentence) return;
                    e.preventDefault();
                    onOpenSentence(ev.document.id, ev.sentence.index);
                  }}
                >
                  {t("inDocument", { number: ev.sentence.index + 1 })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

const lookup = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Every relation between the relation's two ends (either way, co-mention included), the current one marked: one click each. */
function PairRelations({ rel, onSelectRelation }: { rel: RelationDetails; onSelectRelation?: (id: string) => void }) {
  const source = useApi<EntityDetails>(`/api/entities/${encodeURIComponent(rel.source.id)}`);
  const t = useTranslations("relationPanel");
  const wording = useRelationWording();
  const locale = useInterfaceLocale();
  if (source.kind !== "ready") return null;
  const between = source.data.relations.filter((r) => r.other.id === rel.target.id);
  if (between.length < 2) return null;
  return (
    <section className="pair-relations" aria-label={t("betweenLabel", { source: displayName(locale, rel.source.name, rel.source.nameAr).text, target: displayName(locale, rel.target.name, rel.target.nameAr).text })} data-testid="pair-relations">
      <h3>
        {t.rich("between", {
          source: () => <EntityName name={rel.source.name} nameAr={rel.source.nameAr} />,
          target: () => <EntityName name={rel.target.name} nameAr={rel.target.nameAr} />,
          count: between.length,
        })}
      </h3>
      <ul>
        {between.map((r) => (
          <li key={r.id}>
            {r.id === rel.id ? (
              <span aria-current="true">
                <EntityName name={rel.source.name} nameAr={rel.source.nameAr} /> {wording.phrase(r.type, r.direction)} <EntityName name={rel.target.name} nameAr={rel.target.nameAr} />
              </span>
            ) : (
              <button type="button" className="link" onClick={() => onSelectRelation?.(r.id)} disabled={!onSelectRelation}>
                <EntityName name={rel.source.name} nameAr={rel.source.nameAr} /> {wording.phrase(r.type, r.direction)} <EntityName name={rel.target.name} nameAr={rel.target.nameAr} />
              </button>
            )}{" "}
            <span className="count">{r.evidenceCount}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
