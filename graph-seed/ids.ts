// The id patterns of the graph: entities by readable slug, documents and sentences by hash, relations by what they join.

/** An entity id: a lowercase slug of its canonical name (`china`, `xi-jinping`; discovered Arabic names keep their letters). */
export const ENTITY_ID = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u;
/** Longest entity id the API accepts (slugify cuts a run-on name here). */
export const ENTITY_ID_MAX = 200;
/** A document id: `doc-` and 16 hex digits of its text's hash. */
export const DOCUMENT_ID = /^doc-[0-9a-f]{16}$/;
/** A sentence id: its document's id and `:s` and its index. */
export const SENTENCE_ID = /^doc-[0-9a-f]{16}:s\d{1,6}$/;
/** A relation id: `<type>:<source>:<target>` (`supports:russia:china`). */
export const RELATION_ID = /^[a-z][a-z0-9_]*:[^:\s]+:[^:\s]+$/u;
/** A relation type as Neo4j spells it (`MET_WITH`). */
export const RELATION_TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;
/** A document id as a shared link may carry it: the shape only (any length of hash); the server says whether it exists. */
export const DOCUMENT_ID_IN_LINK = /^doc-[0-9a-f]{1,64}$/;
