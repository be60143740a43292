import { describe, expect, it } from 'vitest';
import { buildSerializer } from './serializers.ts';

const Municipality = {
  $id: 'Municipality',
  type: 'object',
  properties: { code: { type: 'string' }, county: { $ref: 'County' } },
  required: ['code'],
};
const County = { $id: 'County', type: 'object', properties: { code: { type: 'string' } } };
const Unrelated = { $id: 'Unrelated', type: 'object', properties: { secret: { type: 'string' } } };
const named = { Municipality, County, Unrelated };

const compile = (schema: object, externals: Record<string, object> = named) =>
  buildSerializer(externals, {})({ schema, method: 'GET', url: '/', httpStatus: '200' });

describe('response serializers', () => {
  it('serialize through named schemas, including those a named schema refers to', () => {
    const serialize = compile({
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: 'Municipality' } } },
    });
    expect(serialize({ items: [{ code: '1490', county: { code: '14', extra: 1 }, name: 'dropped' }] })).toBe(
      '{"items":[{"code":"1490","county":{"code":"14"}}]}',
    );
  });

  it('are compiled once for the same schema and the same named schemas, whichever app asks', () => {
    const schema = { $ref: 'Municipality' };
    expect(compile(schema)).toBe(compile({ $ref: 'Municipality' }));
    // Fastify hands each app its own copies of the named schemas.
    expect(compile(schema, structuredClone(named))).toBe(compile(schema));
    // Other named schemas under the same names are another serializer.
    const OtherCounty = { $id: 'County', type: 'object', properties: { name: { type: 'string' } } };
    const other = compile(schema, { ...named, County: OtherCounty });
    expect(other).not.toBe(compile(schema));
    expect(other({ code: '1490', county: { code: '14', name: 'Västra Götaland' } })).toBe(
      '{"code":"1490","county":{"name":"Västra Götaland"}}',
    );
  });

  it('still refuse a reference to a schema nobody named', () => {
    expect(() => compile({ $ref: 'Nowhere' })).toThrow(/Nowhere/);
  });
});
