// The yardstick: a bare Fastify + postgres.js handler that runs exactly the SQL the API runs for the
// same request, maps the row values to the same keys and answers with JSON.stringify. No validation,
// no problem details, no ETag, no logging. Started by run.ts as a process of its own.
import Fastify from 'fastify';
import postgres from 'postgres';

interface Statement {
  path: string;
  sql: string;
  params: unknown[];
  keys: string[];
  /** `page` wraps rows in the list envelope, taking `total` from the last column; `one` answers the first row. */
  shape: 'page' | 'one';
  limit: number;
}

const statements = JSON.parse(process.env.BENCH_STATEMENTS ?? '[]') as Statement[];
const sql = postgres(process.env.DATABASE_URL as string, { max: 10, onnotice: () => {} });
const app = Fastify({ logger: false });

for (const statement of statements) {
  app.get(statement.path, async () => {
    const rows = await sql.unsafe(statement.sql, statement.params as never[], { prepare: true }).values();
    const objects = rows.map((values) => Object.fromEntries(statement.keys.map((key, i) => [key, values[i]])));
    if (statement.shape === 'one') return objects[0];
    const total = objects[0]?.total ?? 0;
    return {
      items: objects.map(({ total: _, ...item }) => item),
      total: Number(total),
      limit: statement.limit,
      offset: 0,
    };
  });
}

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('bare handler ready');
