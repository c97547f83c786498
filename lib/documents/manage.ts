// Document management: delete one (recorded, undoable), replace it with a new version of its text, re-ingest it.
import { serially } from "../curation/serial";
import { ingest, type IngestSummary } from "./ingest";
import { removeDocuments } from "../graph/write";
import { ConflictError, NotFoundError } from "../errors";
import { existingDocuments, readStoredDocuments } from "../graph/curation-writes";
import { readTx, writeTx } from "../neo4j";
import { createRecord, discardRecord } from "../curation/records";
import type { CurationRecord, StoredDocument } from "../curation/types";

async function stored(id: string): Promise<StoredDocument> {
  const [doc] = await readTx((tx) => readStoredDocuments(tx, [id]));
  if (!doc) throw new NotFoundError(`no document with id "${id}"`);
  return doc;
}

/**
 * Deletes a document: its sentences, mentions and evidence go, and so do relations and entities nothing else supports;
 * everything else keeps its own evidence. The record keeps the text, so the deletion can be undone.
 */
export function deleteDocument(id: string, reason?: string): Promise<CurationRecord> {
  return serially(() => deleteNow(id, reason));
}

async function deleteNow(id: string, reason?: string): Promise<CurationRecord> {
  const document = await stored(id);
  const record = await createRecord(id, { kind: "delete-document", document }, reason);
  try {
    await writeTx((tx) => removeDocuments(tx, [id]));
  } catch (err) {
    await discardRecord(record.id).catch(() => {});
    throw err;
  }
  return record;
}

export interface NewVersion {
  text: string;
  title?: string;
  lang?: "ar" | "en";
  source?: string;
  publishedAt?: string;
  outlet?: string;
}

/** Replaces a document with a new version of its text, in one transaction: the old one goes, the new one is written. */
export async function replaceDocument(id: string, input: NewVersion, reason?: string): Promise<IngestSummary & { record: CurationRecord }> {
  const old = await stored(id);
  let record: CurationRecord | undefined;
  try {
    const summary = await ingest(input.text, {
      title: input.title ?? old.title,
      lang: input.lang,
      source: input.source ?? old.source,
      publishedAt: input.publishedAt ?? old.publishedAt,
      remove: [id],
      documentExtra: { version: (old.version ?? 1) + 1, replaces: id, ...(input.outlet ? { outlet: input.outlet } : {}) },
      beforeWrite: async (x) => {
        if (x.document.id === id) throw new ConflictError("the new text is the same as the stored one: re-ingest it instead");
        if ((await readTx((tx) => existingDocuments(tx, [x.document.id]))).size) throw new ConflictError(`the new text is already in the graph as ${x.document.id}`);
        record = await createRecord(id, { kind: "replace-document", newId: x.document.id, old }, reason);
      },
    });
    return { ...summary, record: record! };
  } catch (err) {
    if (record) await discardRecord(record.id).catch(() => {});
    throw err;
  }
}

/** Runs the current pipeline (and every correction) on a document's stored text again. */
export async function reingestDocument(id: string, progress?: (line: string) => void): Promise<IngestSummary> {
  const doc = await stored(id);
  return ingest(doc.text, {
    progress,
    title: doc.title,
    lang: doc.lang,
    source: doc.source,
    publishedAt: doc.publishedAt,
    documentExtra: { ...(doc.version ? { version: doc.version } : {}), ...(doc.replaces ? { replaces: doc.replaces } : {}) },
  });
}
