// The yardsticks of the technology-list benchmark, in a process of their own: a bare Fastify +
// postgres.js handler that runs the API's own two list statements (the page and the count, side by
// side, prepared) and its item statement, and answers JSON.stringify of the rows; and the ceiling for
// a cache, a bare Fastify that sends a body computed beforehand.
import Fastify from 'fastify';
import postgres from 'postgres';

interface Statement {
  sql: string;
  params: unknown[];
}
interface Statements {
  page: Statement;
  count: Statement;
  item: Statement;
  keys: string[];
  itemKeys: string[];
  limit: number;
  offset: number;
  precomputed: string;
}

const statements = JSON.parse(process.env.BENCH_STATEMENTS ?? '{}') as Statements;
const sql = postgres(process.env.DATABASE_URL as string, { max: 10, onnotice: () => {} });
const app = Fastify({ logger: false });
const run = (statement: Statement) =>
  sql.unsafe(statement.sql, statement.params as never[], { prepare: true }).values();
const objects = (rows: unknown[][], keys: string[]) =>
  rows.map((values) => Object.fromEntries(keys.map((key, i) => [key, values[i]])));

app.get('/list', async () => {
  const [page, count] = await Promise.all([run(statements.page), run(statements.count)]);
  return {
    items: objects(page, statements.keys),
    total: Number(count[0]?.[0] ?? 0),
    limit: statements.limit,
    offset: statements.offset,
  };
});
app.get('/item', async () => objects(await run(statements.item), statements.itemKeys)[0]);
app.get('/precomputed', (_request, reply) => {
  reply.header('content-type', 'application/json; charset=utf-8').send(statements.precomputed);
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
