// Caps of the graph routes, shared by validation and queries.
export const GRAPH_LIMIT_DEFAULT = 300;
export const GRAPH_LIMIT_MAX = 5_000;
