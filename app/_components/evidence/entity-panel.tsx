"use client";
// The side panel of one entity: names in both languages, type, aliases, Wikidata, degree, what can be done with it on the
// canvas, and every mention grouped by document, each sentence with the mention marked and a link to it in the reader.
import { ErrorText } from "@/app/_components/shared/error-text";
import { Fragment } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { EntityName } from "@/app/_components/shared/entity-name";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { typeStyle } from "@/lib/entity-types";
import { useState } from "react";
import type { EntityDetails, MentionView } from "@/lib/types";
import { EntityCuration, type CuratedSelection } from "@/app/_components/curation/entity-curation";
import { EntityRelations } from "./entity-relations";
import { HighlightedSentence } from "./highlighted-sentence";
import { readerHref } from "./reader-link";
import { useApi } from "@/app/_components/api/use-api";

/** What the canvas can do with the entity; each is optional so the panel also works outside the explorer. */
export interface EntityCanvasActions {
  onFocus?: (id: string) => void;
  onExpand?: (id: string) => void;
  onHide?: (id: string) => void;
  onCollapse?: (id: string) => void;
  onPaths?: (id: string, name: string) => void;
  /** Opens a relation's panel (its evidence): one click from the entity's list of relations. */
  onSelectRelation?: (id: string) => void;
  /** Neighbours not on the canvas yet, once the entity was expanded. */
  remaining?: number;
  inGraph?: boolean;
}

export function EntityPanel({
  id,
  onClose,
  onOpenSentence,
  onCurated,
  actions,
  canvas = {},
}: {
  id: string;
  onClose: () => void;
  onOpenSentence?: (documentId: string, sentence: number) => void;
  /** After a correction: the panel reads the entity again, the caller the graph (and where the selection moved). */
  onCurated?: (next?: CuratedSelection) => void;
  /** Extra buttons under the entity's facts. */
  actions?: React.ReactNode;
  canvas?: EntityCanvasActions;
}) {
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi<EntityDetails>(`/api/entities/${encodeURIComponent(id)}`, reloadKey);
  const t = useTranslations("entityPanel");
  const curated = onCurated
    ? (next?: CuratedSelection) => {
        setReloadKey((k) => k + 1);
        onCurated(next);
      }
    : undefined;
  return (
    <aside className="panel" aria-label={t("label")} data-testid="entity-panel">
      {state.kind === "loading" && (
        <header>
          <p className="meta">{t("loading")}</p>
          <CloseButton onClose={onClose} />
        </header>
      )}
      {state.kind === "error" && (
        <header>
          <p className="state error"><ErrorText code={state.code} message={state.message} /></p>
          <CloseButton onClose={onClose} />
        </header>
      )}
      {state.kind === "ready" && (
        <EntityDetailsView
          entity={state.data}
          onClose={onClose}
          onOpenSentence={onOpenSentence}
          actions={
            (actions || curated) && (
              <>
                {actions}
                {curated && <EntityCuration entity={state.data} reloadKey={reloadKey} onChanged={curated} />}
              </>
            )
          }
          canvas={canvas}
        />
      )}
    </aside>
  );
}

function CloseButton({ onClose }: { onClose: () => void }) {
  const t = useTranslations("entityPanel");
  return (
    <button type="button" className="close" onClick={onClose} aria-label={t("close")}>
      ✕
    </button>
  );
}

function byDocument(mentions: MentionView[]) {
  const groups = new Map<string, { document: MentionView["document"]; mentions: MentionView[] }>();
  for (const m of mentions) {
    const group = groups.get(m.document.id) ?? { document: m.document, mentions: [] };
    group.mentions.push(m);
    groups.set(m.document.id, group);
  }
  return [...groups.values()];
}

function EntityDetailsView({
  entity,
  onClose,
  onOpenSentence,
  actions,
  canvas,
}: {
  entity: EntityDetails;
  onClose: () => void;
  onOpenSentence?: (documentId: string, sentence: number) => void;
  actions?: React.ReactNode;
  canvas: EntityCanvasActions;
}) {
  const style = typeStyle(entity.type);
  const t = useTranslations("entityPanel");
  const wording = useRelationWording();
  const arabicFirst = wording.rtl && !!entity.nameAr;
  const format = useFormatter();
  const groups = byDocument(entity.mentions);
  const { onFocus, onExpand, onHide, onCollapse, onPaths, onSelectRelation, remaining, inGraph = true } = canvas;
  return (
    <>
      <header>
        <div>
          {arabicFirst ? (
            <>
              <h2>{entity.nameAr}</h2>
              <p className="name-other" lang="en" dir="ltr">
                {entity.name}
              </p>
            </>
          ) : (
            <>
              <h2>
                <EntityName name={entity.name} />
              </h2>
              {entity.nameAr && (
                <p className="name-ar" lang="ar" dir="rtl">
                  {entity.nameAr}
                </p>
              )}
            </>
          )}
        </div>
        <CloseButton onClose={onClose} />
      </header>
      <dl className="facts">
        <dt>{t("type")}</dt>
        <dd>
          <span className="type-badge" style={{ background: style.color }}>
            {wording.entityType(entity.type)}
          </span>
        </dd>
        <dt>{t("degree")}</dt>
        <dd data-testid="degree">{t("degreeValue", { relations: entity.degree, mentions: entity.mentions.length, documents: groups.length })}</dd>
        {entity.aliases.length > 0 && (
          <>
            <dt>{t("alsoCalled")}</dt>
            <dd>
              {entity.aliases.map((alias, i) => (
                <Fragment key={alias}>
                  {i > 0 && " · "}
                  <EntityName name={alias} />
                </Fragment>
              ))}
            </dd>
          </>
        )}
        {entity.wikidata && (
          <>
            <dt>{t("wikidata")}</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${entity.wikidata}`} target="_blank" rel="noreferrer" lang="en" dir="ltr">
                {entity.wikidata}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="panel-actions" role="group" aria-label={t("onCanvas")}>
        {onFocus && (
          <button type="button" onClick={() => onFocus(entity.id)}>
            {t("focus")}
          </button>
        )}
        {onExpand && inGraph && (
          <button type="button" onClick={() => onExpand(entity.id)} disabled={remaining === 0} title={t("expandTitle")}>
            {remaining === undefined ? t("expand") : remaining === 0 ? t("allShown") : t("more", { count: remaining })}
          </button>
        )}
        {onCollapse && inGraph && (
          <button type="button" onClick={() => onCollapse(entity.id)} title={t("collapseTitle")}>
            {t("collapse")}
          </button>
        )}
        {onHide && inGraph && (
          <button type="button" onClick={() => onHide(entity.id)}>
            {t("hide")}
          </button>
        )}
        {onPaths && (
          <button type="button" onClick={() => onPaths(entity.id, arabicFirst ? entity.nameAr! : entity.name)}>
            {t("paths")}
          </button>
        )}
      </div>
      <EntityRelations name={arabicFirst ? entity.nameAr! : entity.name} relations={entity.relations} onSelectRelation={onSelectRelation} />
      {actions && <div className="panel-actions">{actions}</div>}
      <h3>{t("mentions")}</h3>
      {groups.map((g) => (
        <section key={g.document.id} className="doc-group" aria-label={t("mentionsIn", { title: g.document.title })}>
          <h4>
            <span className="doc-title" lang={g.document.lang} dir="auto" title={g.document.title}>
              {g.document.title}
            </span>
            <span className="count">{g.mentions.length}</span>
          </h4>
          <ul className="mentions">
            {g.mentions.map((m) => (
              <li key={`${m.document.id}:${m.start}`} className="mention" data-testid="mention">
                <div className="where">
                  <a
                    href={readerHref(m.document.id, m.sentence.index)}
                    onClick={(e) => {
                      if (!onOpenSentence) return;
                      e.preventDefault();
                      onOpenSentence(m.document.id, m.sentence.index);
                    }}
                  >
                    {t("sentence", { number: m.sentence.index + 1 })}
                  </a>
                  <span>
                    <span lang="en" dir="ltr">
                      {m.rule}
                    </span>
                    {m.confidence < 1 ? ` ${format.number(m.confidence, { style: "percent", maximumFractionDigits: 0 })}` : ""}
                  </span>
                </div>
                <HighlightedSentence text={m.sentence.text} from={m.start - m.sentence.start} to={m.end - m.sentence.start} lang={m.document.lang} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
