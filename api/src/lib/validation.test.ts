import { describe, expect, it } from 'vitest';
import { apiValidators } from './validation.ts';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

const Title = { $id: 'Title', type: 'string', minLength: 1 };
const named = { Title };
const ajv = { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } };
const body = { type: 'object', properties: { title: { $ref: 'Title' } }, required: ['title'] };
const query = { type: 'object', properties: { limit: { type: 'integer' } } };

/** A validator as one app's Fastify asks for it: each app passes its own copies of the named schemas. */
const compile = (schema: object, httpPart: string, externals: Record<string, object> = structuredClone(named)) =>
  apiValidators()(externals, structuredClone(ajv))({
    schema: structuredClone(schema),
    method: 'POST',
    url: '/',
    httpPart,
  }) as Validate;

describe('request validators', () => {
  it('refuse a blank required text in a body and trim what it says', () => {
    const validate = compile(body, 'body');
    expect(validate({ title: ' \u200B ' })).toBe(false);
    const data = { title: '  Larm  ' };
    expect(validate(data)).toBe(true);
    expect(data.title).toBe('Larm');
  });

  it('coerce query text but not body values', () => {
    const limit = { limit: '20' };
    expect(compile(query, 'querystring')(limit)).toBe(true);
    expect(limit.limit).toBe(20);
    expect(compile(query, 'body')({ limit: '20' })).toBe(false);
  });

  it('are compiled once per process for the same schema and named schemas, whichever app asks', () => {
    expect(compile(body, 'body')).toBe(compile(body, 'body'));
    expect(compile(query, 'querystring')).toBe(compile(query, 'querystring'));
    // The same schema is another validator for a body than for a query, and against other named schemas.
    expect(compile(query, 'body')).not.toBe(compile(query, 'querystring'));
    const Short = { $id: 'Title', type: 'string', minLength: 1, maxLength: 3 };
    const other = compile(body, 'body', { Title: Short });
    expect(other).not.toBe(compile(body, 'body'));
    expect(other({ title: 'Nattillsyn' })).toBe(false);
    expect(compile(body, 'body')({ title: 'Nattillsyn' })).toBe(true);
  });
});
