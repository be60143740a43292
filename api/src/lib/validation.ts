import { AjvCompiler } from '@fastify/ajv-compiler';
import type { Ajv } from 'ajv';
import { namedSchemasKey } from './schema-keys.ts';

type JsonSchema = Record<string, unknown>;
interface RouteSchema {
  schema: JsonSchema;
  method: string;
  url: string;
  httpPart?: string;
}
interface ServerAjvOptions {
  customOptions?: Record<string, unknown>;
  plugins?: unknown[];
}
/** @fastify/ajv-compiler's factories, as Fastify calls them (its typings describe another signature). */
type Compiler = (route: RouteSchema) => unknown;
type Factory = (
  externalSchemas: Record<string, unknown>,
  options: ServerAjvOptions & { onCreate?: (ajv: Ajv) => void },
) => Compiler;

/** Whitespace and the invisible characters that make a title look filled in when it is not. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;

export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/**
 * A web address an API user may follow: `http:` or `https:` with a host. `javascript:`, `data:` and the
 * like are refused wherever a schema says `format: uri`, because these values end up as links on other
 * organisations' web sites and in OCDS exports.
 */
export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Formats and keywords every validator of the API knows; run after ajv-formats, so `uri` is ours. */
function apiKeywords(ajv: Ajv) {
  ajv.addFormat('uri', { type: 'string', validate: isWebUrl });
  // A required text field must say something once whitespace and zero-width characters are gone; what
  // it says is stored without the surrounding whitespace.
  ajv.addKeyword({
    keyword: 'x-required-text',
    type: 'string',
    modifying: true,
    errors: true,
    validate: function requiredText(
      this: unknown,
      _schema: unknown,
      data: string,
      _parent?: unknown,
      context?: { parentData: Record<string | number, unknown>; parentDataProperty: string | number },
    ) {
      if (isBlank(data)) {
        (requiredText as unknown as { errors: unknown[] }).errors = [
          { keyword: 'x-required-text', message: 'must not be blank', params: {} },
        ];
        return false;
      }
      const trimmed = data.trim();
      if (trimmed !== data && context?.parentData) context.parentData[context.parentDataProperty] = trimmed;
      return true;
    },
  });
}

const isTextSchema = (schema: JsonSchema) => {
  const type = schema.type;
  const string = type === 'string' || (Array.isArray(type) && type.includes('string'));
  return (
    string &&
    typeof schema.minLength === 'number' &&
    schema.minLength >= 1 &&
    schema.format === undefined &&
    schema.pattern === undefined &&
    schema.enum === undefined &&
    schema.const === undefined
  );
};

/**
 * A copy of a body schema in which every required free-text field (a string with a minimum length and
 * no pattern, format or enum) carries `x-required-text`. Passwords are left exactly as typed.
 */
export function markRequiredText(schema: unknown, property?: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => markRequiredText(item));
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value && typeof value === 'object') {
      copy[key] = Object.fromEntries(
        Object.entries(value as JsonSchema).map(([name, sub]) => [name, markRequiredText(sub, name)]),
      );
    } else if (key === 'examples' || key === 'default' || key === 'const' || key === 'enum') {
      copy[key] = value;
    } else {
      copy[key] = markRequiredText(value);
    }
  }
  if (isTextSchema(copy) && !/password/i.test(property ?? '')) copy['x-required-text'] = true;
  return copy;
}

/** A pair of compilers for one set of named schemas, with the validators each has compiled by route schema. */
interface Compilers {
  text: Compiler;
  body: Compiler;
  validators: Map<string, unknown>;
}

/**
 * The compilers of this process by the named schemas (content, not identity) and options they were made
 * for. Fastify asks for a compiler in every plugin context of every app, and compiling with ajv was most
 * of an app's start; an app built again in the same process (each API test file builds at least one)
 * reuses what an earlier one compiled. A validator depends only on its schema, the named schemas and
 * the options, so sharing it changes nothing but the time.
 */
const compilersFor = new Map<string, Compilers>();

/**
 * The API's validators. Query strings, path parameters and headers arrive as text, so they are coerced
 * (`"20"` is the number 20, a repeated parameter an array) — but only to finite numbers
 * (`strictNumbers`: `1e309` is not Infinity). JSON bodies are validated as sent: `"12"` is not a
 * number and `123` is not a string.
 */
// biome-ignore lint/suspicious/noExplicitAny: handed to Fastify's schemaController, typed there
export function apiValidators(): any {
  return (externalSchemas: Record<string, unknown>, options: ServerAjvOptions = {}): Compiler => {
    const key = `${namedSchemasKey(externalSchemas)} ${JSON.stringify(options.customOptions ?? {})}`;
    let compilers = compilersFor.get(key);
    if (!compilers) {
      const base = { ...options.customOptions, strictNumbers: true };
      const shared = { ...options, onCreate: apiKeywords };
      const bodyExternals = Object.fromEntries(
        Object.entries(externalSchemas).map(([id, schema]) => [id, markRequiredText(schema)]),
      );
      compilers = {
        text: (AjvCompiler() as unknown as Factory)(externalSchemas, {
          ...shared,
          customOptions: { ...base, coerceTypes: 'array' },
        }),
        body: (AjvCompiler() as unknown as Factory)(bodyExternals, {
          ...shared,
          customOptions: { ...base, coerceTypes: false },
        }),
        validators: new Map(),
      };
      compilersFor.set(key, compilers);
    }
    const { text, body, validators } = compilers;
    return (route: RouteSchema) => {
      const isBody = route.httpPart === 'body';
      const routeKey = `${isBody ? 'body' : 'text'} ${JSON.stringify(route.schema)}`;
      let validator = validators.get(routeKey);
      if (validator === undefined) {
        validator = isBody ? body({ ...route, schema: markRequiredText(route.schema) as JsonSchema }) : text(route);
        validators.set(routeKey, validator);
      }
      return validator;
    };
  };
}
