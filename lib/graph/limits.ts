// Caps of the graph routes, shared by validation and queries. Why these numbers: docs/decisions.md, "Graph view caps".
/** Entities of the whole-graph view (the most connected first). */
export const GRAPH_LIMIT_DEFAULT = 300;
/** Entities of a focus view: the focus and its most connected neighbours; expanding the focus brings the next page. */
export const FOCUS_LIMIT_DEFAULT = 100;
export const GRAPH_LIMIT_MAX = 5_000;
/** Relations of a graph view: the focus's own first, then the strongest; past this a canvas is a hairball. */
export const GRAPH_EDGES_DEFAULT = 300;
export const GRAPH_EDGES_MAX = 20_000;
