// The orders a list of documents can take (client-safe: the documents page and validation read it).
/** Last ingested first, last published first (undated last), or by title. */
export const DOCUMENT_SORTS = ["ingested", "published", "title"] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
