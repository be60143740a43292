import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

/**
 * Every operation of the OpenAPI document, fed hostile path and query values, schema-violating,
 * malformed and oversized bodies and wrong content types, as anonymous, a supplier key and an admin
 * session. No answer may be a 5xx; every error is problem details; no answer shows internals.
 * Sequential on purpose (one database, one request at a time), seeded and reproducible:
 * FUZZ_SEED=<the printed seed> npx vitest run test/fuzz.test.ts; FUZZ_RUNS sets the cases per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
console.log(`fuzz seed ${SEED} (${RUNS} cases per operation): FUZZ_SEED=${SEED} npx vitest run test/fuzz.test.ts`);

const { app, database } = await createTestApp({
  RATE_LIMIT_ANONYMOUS: '1000000',
  RATE_LIMIT_KEY: '1000000',
  LOGIN_MAX_FAILURES: '1000000',
  LOGIN_EMAIL_LOCK_FAILURES: '1000000',
  LOGIN_ADDRESS_MAX_FAILURES: '1000000',
});
const actors = await createActors(app, database.db);
const ACTOR_HEADERS = {
  anonymous: {},
  supplier: { authorization: `Bearer ${actors.supplierKey}` },
  admin: { cookie: actors.admin.cookie, 'x-csrf-token': actors.admin.csrfToken },
} as const;
type ActorName = keyof typeof ACTOR_HEADERS;

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema };
interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
const document = app.swagger() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const resolve = (schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop() as string] : schema;

/** Values that broke this API or break others: NUL, infinities, huge numbers, bad encodings, injections. */
const HOSTILE = [
  '%00',
  '1e309',
  'Infinity',
  '-Infinity',
  'NaN',
  '-1',
  '0',
  '1e20',
  '99999999999999999999',
  '1.5',
  '0x10',
  '%E0%A4%A',
  '%FF',
  '%ED%A0%80',
  '%',
  '%2e%2e%2f',
  "' OR '1'='1",
  '"; drop table users; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'a'.repeat(199),
  'a'.repeat(201),
  '',
  ' ',
  '%20',
  '%E2%80%8B',
  'null',
  'true',
  '[]',
  '{}',
  '2026-13-45T99:99:99Z',
  '00000000-0000-0000-0000-000000000000',
];

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
);
/** A path or query value as it appears in the URL: a raw hostile pattern, or any text percent-encoded. */
const urlValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  anyText.map((text) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return '%ED%A0%80'; // a lone surrogate cannot be encoded; send its UTF-8-ish bytes instead
    }
  }),
);

const jsonValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 12.5, 2 ** 53, '', ' ', '\u0000', '\ud800', '\u200b'),
  fc.constantFrom(...HOSTILE),
  anyText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(anyText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), anyText, { maxKeys: 3 }),
);

/** A body for an operation: its own fields with wrong values, other JSON, broken JSON, or too much. */
function bodyFor(schema: Schema | undefined) {
  const fields = Object.keys(resolve(schema)?.properties ?? {});
  const wrongFields =
    fields.length > 0
      ? fc
          .dictionary(fc.constantFrom(...fields), jsonValue, { minKeys: 1, maxKeys: fields.length })
          .map((value) => JSON.stringify(value))
      : fc.constant('{}');
  return fc.oneof(
    { weight: 5, arbitrary: wrongFields },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        'not json',
        '{"a":',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"x":1}}}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"name":"${'x'.repeat(1_100_000)}"}`,
      ),
    },
  );
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
];

/** Internals an answer must never show: stack frames, source paths, driver and SQL error text. */
const LEAKS = [
  /\n\s+at .+:\d+:\d+/,
  /\.(ts|js|mjs):\d+/,
  /node_modules/,
  /Failed query/i,
  /PostgresError|DrizzleQueryError|PGlite/,
  /syntax error at or near/i,
  /invalid input syntax for type/i,
  /ECONNREFUSED/,
];

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
);

describe('fuzzing every operation of the OpenAPI document', () => {
  it('has the operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(70);
  });

  for (const [index, { method, path, operation }] of operations.entries()) {
    const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
    const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    const hasBody = method !== 'GET' && method !== 'DELETE' && method !== 'HEAD';
    // Signing out as the admin would end the session the other cases use.
    const actorNames: ActorName[] =
      path === '/v1/auth/logout' ? ['anonymous', 'supplier'] : ['anonymous', 'supplier', 'admin'];

    const request = fc.record({
      actor: fc.constantFrom(...actorNames),
      pathValues: fc.tuple(...pathNames.map(() => urlValue)),
      query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryNames, 'zzUnknown'), fc.constant('limit')), urlValue), {
        maxLength: 3,
      }),
      body: bodyFor(operation.requestBody?.content['application/json']?.schema),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      ifMatch: fc.constantFrom(undefined, '"x"', '*', 'W/"x"', 'garbage', '%00'),
    });

    it(`${method} ${path}`, async () => {
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          let index = 0;
          const url =
            path.replace(/\{[^}]+\}/g, () => input.pathValues[index++] as string) +
            (input.query.length > 0 ? `?${input.query.map(([name, value]) => `${name}=${value}`).join('&')}` : '');
          const headers: Record<string, string> = { ...ACTOR_HEADERS[input.actor] };
          if (input.ifMatch) headers['if-match'] = input.ifMatch;
          if (hasBody) headers['content-type'] = input.contentType;
          let response: Awaited<ReturnType<typeof app.inject>>;
          try {
            response = await app.inject({
              method: method as 'GET',
              url,
              headers,
              ...(hasBody ? { payload: input.body } : {}),
            });
          } catch (error) {
            // light-my-request refuses some URLs before they reach the server; nothing to judge then.
            if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_INVALID_URL') return;
            throw error;
          }
          const where = `${method} ${url.slice(0, 200)} as ${input.actor}: ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, where).toBeLessThan(500);
          for (const leak of LEAKS) expect(response.body, where).not.toMatch(leak);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type'], where).toBe('application/problem+json; charset=utf-8');
            expect(response.json().status, where).toBe(response.statusCode);
          }
        }),
        { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
      );
    }, 120_000);
  }
});
