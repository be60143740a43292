import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, HttpProblem } from '../lib/problems.ts';

type JsonSchema = Record<string, unknown>;

const invalid = (errors: FieldError[]) =>
  new HttpProblem(
    400,
    `The request has ${errors.length} invalid ${errors.length === 1 ? 'field' : 'fields'}: ${errors
      .map((e) => `${e.pointer} ${e.detail}`)
      .join('; ')}`,
    { errors, type: 'validation', title: 'Invalid request' },
  );

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** What is wrong with a text, if anything: a NUL character or a lone UTF-16 surrogate. */
function textDefect(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the character U+0000';
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) {
    return 'must be valid Unicode text (it holds a lone surrogate)';
  }
  return undefined;
}

/** Every text in a parsed value (keys included) that holds a NUL or a lone surrogate. */
function textDefects(value: unknown, root: string): FieldError[] {
  const found: FieldError[] = [];
  // Iterative, so that a deeply nested body cannot overflow the stack.
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0 && found.length < 20) {
    const [current, pointer] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      const defect = textDefect(current);
      if (defect) found.push({ pointer, detail: defect });
    } else if (Array.isArray(current)) {
      for (const [index, item] of current.entries()) stack.push([item, `${pointer}/${index}`]);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const at = `${pointer}/${escapePointer(key)}`;
        const defect = textDefect(key);
        if (defect) found.push({ pointer: at, detail: `is a name that ${defect}` });
        stack.push([item, at]);
      }
    }
  }
  return found;
}

function decodeQueryPart(part: string): string {
  return decodeURIComponent(part.replace(/\+/g, ' '));
}

/** Query parameters whose percent-encoding is malformed or not UTF-8 (`%E0%A4%A`, `%FF`). */
function malformedQuery(url: string): FieldError[] {
  const start = url.indexOf('?');
  if (start < 0 || !url.includes('%', start)) return [];
  const found: FieldError[] = [];
  for (const pair of url.slice(start + 1).split('&')) {
    const [rawName = '', ...rest] = pair.split('=');
    let name: string;
    try {
      name = decodeQueryPart(rawName);
    } catch {
      found.push({ pointer: '/query', detail: `has a parameter name that is not valid percent-encoded UTF-8` });
      continue;
    }
    try {
      decodeQueryPart(rest.join('='));
    } catch {
      found.push({ pointer: `/query/${escapePointer(name)}`, detail: 'is not valid percent-encoded UTF-8' });
    }
  }
  return found;
}

/**
 * Query parameters the operation does not take. Ajv finds them too, but only once the path and the body
 * are valid; checked first, they are a 400 on every operation whatever else is wrong.
 */
function unknownQuery(query: unknown, schema: JsonSchema | undefined): FieldError[] {
  if (!schema || !query || typeof query !== 'object') return [];
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const allowed = Object.keys(properties);
  return Object.keys(query)
    .filter((name) => !Object.hasOwn(properties, name))
    .map((name) => ({
      pointer: `/query/${escapePointer(name)}`,
      detail: `unknown query parameter; allowed: ${allowed.join(', ') || 'none'}`,
    }));
}

const typesOf = (schema: JsonSchema): unknown[] => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/** The numeric parameters of a route's query or path schema (repeated ones included), by name. */
function numericParameters(schema: JsonSchema | undefined): [name: string, schema: JsonSchema][] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties)
    .map(([name, property]): [string, JsonSchema] => [
      name,
      typesOf(property).includes('array') ? ((property.items ?? {}) as JsonSchema) : property,
    ])
    .filter(([, item]) => typesOf(item).some((type) => type === 'integer' || type === 'number'));
}

const numericNames = new WeakMap<object, string[]>();

/**
 * Numeric parameters whose text is not a finite number. Ajv coerces "1e309" and "Infinity" to
 * Infinity and then lets it through `integer` and `maximum`, so they are caught before it runs.
 */
function infiniteNumbers(values: unknown, schema: JsonSchema | undefined, part: string): FieldError[] {
  if (!schema || !values || typeof values !== 'object') return [];
  let names = numericNames.get(schema);
  if (!names) {
    names = numericParameters(schema).map(([name]) => name);
    numericNames.set(schema, names);
  }
  const found: FieldError[] = [];
  for (const name of names) {
    const value = (values as Record<string, unknown>)[name];
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === 'string' && text.trim() !== '' && !Number.isFinite(Number(text)))) {
      found.push({ pointer: `/${part}/${escapePointer(name)}`, detail: 'must be a finite number' });
    }
  }
  return found;
}

const STRICT_EMPTY_QUERY = { type: 'object', properties: {}, additionalProperties: false };

/**
 * Input the validator alone cannot judge, checked for every route at one place:
 * - an operation without query parameters still refuses unknown ones, and every query schema is
 *   closed (API.md: an unknown parameter is a 400, not ignored);
 * - every numeric query or path parameter documents a maximum (the app does not start otherwise), so
 *   no value beyond what the database can hold reaches it;
 * - malformed percent-encoding in the query, NUL characters and lone surrogates anywhere in the query,
 *   the path or the body are a 400 naming the field;
 * - JSON bodies are UTF-8 only: another charset is a 415, invalid UTF-8 a 400.
 */
export default fp(
  async (app: FastifyInstance) => {
    app.addHook('onRoute', (route: RouteOptions) => {
      const schema = route.schema as Record<string, JsonSchema> | undefined;
      if (schema && (schema as { hide?: boolean }).hide) return;
      const querystring = schema?.querystring;
      const strictQuery =
        querystring === undefined
          ? STRICT_EMPTY_QUERY
          : querystring.additionalProperties === undefined
            ? { ...querystring, additionalProperties: false }
            : querystring;
      route.schema = { ...(schema ?? {}), querystring: strictQuery };
      for (const [part, where] of [
        ['querystring', 'query'],
        ['params', 'path'],
      ] as const) {
        const unbounded = numericParameters(route.schema[part] as JsonSchema | undefined)
          .filter(([, item]) => item.maximum === undefined && item.exclusiveMaximum === undefined)
          .map(([name]) => name);
        if (unbounded.length > 0) {
          throw new Error(
            `${route.method} ${route.url}: the ${where} parameters ${unbounded.join(', ')} need a documented maximum`,
          );
        }
      }
    });

    // Synchronous hooks: an ordinary request takes no promise here (see the README's Performance).
    app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
      const errors = malformedQuery(request.raw.url ?? '');
      done(errors.length > 0 ? invalid(errors) : undefined);
    });

    app.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
      const schema = request.routeOptions.schema as Record<string, JsonSchema> | undefined;
      const errors = [
        ...unknownQuery(request.query, schema?.querystring),
        ...infiniteNumbers(request.query, schema?.querystring, 'query'),
        ...infiniteNumbers(request.params, schema?.params, 'path'),
        ...textDefects(request.query, '/query'),
        ...textDefects(request.params, '/path'),
        ...textDefects(request.body, '/body'),
      ];
      done(errors.length > 0 ? invalid(errors) : undefined);
    });

    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
      if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
        done(new HttpProblem(415, `JSON is accepted only as UTF-8, not charset=${charset}`), undefined);
        return;
      }
      const buffer = body as Buffer;
      if (!isUtf8(buffer)) {
        done(invalid([{ pointer: '/body', detail: 'is not valid UTF-8' }]), undefined);
        return;
      }
      parseJson(request, buffer.toString('utf8'), done);
    });
  },
  { name: 'strict-input' },
);
