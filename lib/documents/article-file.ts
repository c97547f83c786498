// An article file as the Add page reads it in the browser: strict UTF-8 and the same front matter as the seed CLI.
export { parseArticleFile, type ArticleRecord } from "../../graph-seed/article-record";
export { ArticleError } from "../../graph-seed/read-article";
