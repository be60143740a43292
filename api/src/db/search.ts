import { type Placeholder, type SQL, sql } from 'drizzle-orm';

/** The text searched for: a bound value or a prepared statement's placeholder. */
type Q = SQL | Placeholder;

/**
 * Swedish search for `q` (API.md): stemmed, accent-insensitive, typo-tolerant through the vocabulary
 * (see the typo_tolerant_search migration). The query is an uncorrelated subquery, so PostgreSQL
 * builds it once per statement, however many rows it is matched against and ranked for.
 */
const searchQuery = (q: Q) => sql`(select public.typo_tolerant_tsquery(${q}::text))`;

/** Rows whose search vector matches `q`, through the vector's GIN index. */
export const matchesSearch = (vector: SQL | unknown, q: Q) => sql`${vector} @@ ${searchQuery(q)}`;

/** Relevance of a match: cover density, with the weights set in the vector (name before text). */
export const searchRank = (vector: SQL | unknown, q: Q) => sql`ts_rank_cd(${vector}, ${searchQuery(q)})`;

/**
 * A fragment of `text` around the words found, with them in `<mark>`. The text is escaped first,
 * so the snippet is safe to show as HTML.
 */
export const searchSnippet = (text: SQL, q: Q) =>
  sql<string | null>`ts_headline('public.swedish_unaccent',
    replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), ${searchQuery(q)},
    'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=1')`;
