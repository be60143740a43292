import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../src/lib/validation.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const actors = await createActors(app, database.db);
const asAdmin = { cookie: actors.admin.cookie, 'x-csrf-token': actors.admin.csrfToken };
const asSupplier = { authorization: `Bearer ${actors.supplierKey}` };

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; $ref?: string };
interface Operation {
  parameters?: { in: string; name: string; example?: string; schema?: { format?: string } }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
const document = app.swagger() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** The JSON paths of every `format: uri` field in a schema, array items as index 0. */
function uriFields(schema: Schema, path: string[] = [], seen: string[] = []): string[][] {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    if (seen.includes(name)) return [];
    return uriFields(document.components.schemas[name] as Schema, path, [...seen, name]);
  }
  const found: string[][] = schema.format === 'uri' ? [path] : [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push(...uriFields(property, [...path, name], seen));
  }
  if (schema.items) found.push(...uriFields(schema.items, [...path, '0'], seen));
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const branch of (schema[key] as Schema[] | undefined) ?? []) found.push(...uriFields(branch, path, seen));
  }
  return found;
}

/** A body that holds `value` at `path` and nothing else. */
function bodyWith(path: string[], value: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  return head === '0' ? [bodyWith(rest, value)] : { [head]: bodyWith(rest, value) };
}

const cases = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, operation]) => {
    const schema = operation.requestBody?.content['application/json']?.schema;
    if (!schema) return [];
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
      if (parameter?.example) return parameter.example;
      return parameter?.schema?.format === 'uuid' ? '00000000-0000-4000-8000-000000000999' : 'x';
    });
    return uriFields(schema).map((field) => [method.toUpperCase(), url, field.join('/')] as const);
  }),
);

describe('URL fields take only web addresses', () => {
  it('finds the URL fields of the document (websites, interest links, procurement documents)', () => {
    expect(cases.map(([method, url, field]) => `${method} ${url} ${field}`)).toEqual(
      expect.arrayContaining([
        'PATCH /v1/municipalities/1490 website',
        'POST /v1/api-clients supplier/website',
        'POST /v1/procurements documents/0/url',
      ]),
    );
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s %s refuses a javascript: URL in %s', async (method, url, field) => {
    const send = async (value: string) => {
      for (const headers of [asAdmin, asSupplier]) {
        const response = await app.inject({
          method: method as 'POST',
          url,
          headers: { ...headers, 'if-match': '"stale"' },
          payload: bodyWith(field.split('/'), value) as object,
        });
        if (response.statusCode !== 401 && response.statusCode !== 403) return response;
      }
      throw new Error(`${method} ${url}: neither an admin nor a supplier may call it`);
    };
    const pointer = `/body/${field}`;
    for (const hostile of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.se/x',
    ]) {
      const response = await send(hostile);
      expect(response.statusCode, hostile).toBe(400);
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    // A web address is not what is wrong, whatever else the minimal body lacks.
    const fine = await send('https://www.example.se/underlag.pdf');
    const errors = fine.statusCode === 400 ? fine.json().errors.map((e: { pointer: string }) => e.pointer) : [];
    expect(errors).not.toContain(pointer);
  });

  it('isWebUrl takes http and https with a host only', () => {
    expect(isWebUrl('https://valfardsnavet.se/a?b=c')).toBe(true);
    expect(isWebUrl('http://localhost:3000')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'https://',
      'https:///path',
      '//example.se',
      'mailto:a@b.se',
      ' https://x.se',
    ]) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
  });
});
