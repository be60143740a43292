import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { matchesSearch, searchRank, searchSnippet } from './search.ts';

const dialect = new PgDialect();
const render = (query: ReturnType<typeof sql>) => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { text: text.replace(/\s+/g, ' '), params };
};
const vector = sql.raw('t.search_vector');

describe('building a search', () => {
  it('matches the vector against the typo-tolerant query, built once as an uncorrelated subquery', () => {
    expect(render(matchesSearch(vector, sql`${'lakemedel'}`))).toEqual({
      text: 't.search_vector @@ (select public.typo_tolerant_tsquery($1::text))',
      params: ['lakemedel'],
    });
  });

  it('ranks by cover density against the same query', () => {
    expect(render(searchRank(vector, sql`${'nattkamera'}`))).toEqual({
      text: 'ts_rank_cd(t.search_vector, (select public.typo_tolerant_tsquery($1::text)))',
      params: ['nattkamera'],
    });
  });

  it('binds what is searched for, never splices it into the SQL', () => {
    const typed = "'); drop table needs; --";
    const { text, params } = render(matchesSearch(vector, sql`${typed}`));
    expect(text).not.toContain('drop table');
    expect(params).toEqual([typed]);
  });

  it('escapes the text before highlighting, so a snippet is safe HTML with only <mark> in it', () => {
    const { text, params } = render(searchSnippet(sql.raw('t.summary'), sql`${'larm'}`));
    expect(text).toBe(
      "ts_headline('public.swedish_unaccent', replace(replace(replace(t.summary, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), " +
        "(select public.typo_tolerant_tsquery($1::text)), 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=1')",
    );
    expect(params).toEqual(['larm']);
  });
});
