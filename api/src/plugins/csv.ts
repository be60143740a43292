import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import Type from 'typebox';
import { csvChunks } from '../lib/csv.ts';
import { HttpProblem } from '../lib/problems.ts';

const CSV = 'text/csv';
/** How many rows one CSV answer may hold; a JSON page stays at 100. */
export const CSV_LIMIT = 10_000;
const JSON_LIMIT = 100;

/** One column: its header and how to read it from an item. Lists become one cell, joined by "; ". */
export type CsvColumns<Item> = Record<string, (item: Item) => unknown>;

export interface CsvExport<Item = never> {
  /** The file name's stem: `municipalities` gives municipalities-2026-12-01.csv. */
  file: string;
  columns: CsvColumns<Item>;
  /** The items of the answer; by default its `items` (a page). */
  rows?: (payload: never) => Item[];
}

/** A CsvExport of any item type, as a route's config holds it. */
interface RouteCsv {
  file: string;
  columns: Record<string, (item: never) => unknown>;
  rows?: (payload: never) => unknown[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route also answers `Accept: text/csv`, one row per item, with these columns. */
    csv?: RouteCsv;
  }
}

/** Items as cells: lists joined in one cell, everything else as it is. */
export const joined = (values: unknown[] | null | undefined, separator = '; ') => (values ?? []).join(separator);

/** Which selection a list reads: for a CSV answer the spreadsheet's (columns beyond the JSON's), else the summary. */
export const listSelection = (request: FastifyRequest) => (request.answerType === CSV ? 'spreadsheet' : 'summary');

export const CsvTable = Type.String({
  $id: 'CsvTable',
  description:
    'RFC 4180 CSV in UTF-8 with a byte order mark: a header row, then one row per item; lists are joined in one ' +
    'cell with "; ". Ask for it with `Accept: text/csv`; `limit` may then be up to 10 000.',
});

interface RouteSchema {
  querystring?: { properties?: Record<string, Record<string, unknown>> };
  response?: Record<string | number, unknown>;
}

/**
 * The answer as CSV, streamed: records are formatted as the client reads them, so a 10 000-row answer is
 * never one string in memory. A stream has no body to hash: a public list keeps the ETag made from the
 * read version (plugins/read-cache.ts, with its 304s), a CSV read with a key goes without one, and no
 * CSV is kept in the read cache.
 */
function serialiser(reply: FastifyReply, csv: RouteCsv) {
  return (payload: unknown) => {
    // Problems (and anything but a success) stay JSON, whatever the Accept header chose.
    if (reply.statusCode >= 300) return JSON.stringify(payload);
    const rows = csv.rows ? csv.rows(payload as never) : (payload as { items: unknown[] }).items;
    const read = Object.values(csv.columns) as ((item: unknown) => unknown)[];
    const date = new Date().toISOString().slice(0, 10);
    reply.type('text/csv; charset=utf-8; header=present');
    reply.header('content-disposition', `attachment; filename="${csv.file}-${date}.csv"`);
    // Fastify's types say a serializer gives a string; a stream it gives is sent as any other stream is.
    return Readable.from(
      csvChunks(Object.keys(csv.columns), rows, (item) => read.map((column) => column(item))),
      { objectMode: false },
    ) as unknown as string;
  };
}

/**
 * CSV for the lists that name their columns in `config.csv`: the same route, filters and access, with
 * `Accept: text/csv`. The route's documentation gains the CSV answer and the larger `limit`.
 */
export default fp(
  async (app) => {
    app.addSchema(CsvTable);

    app.addHook('onRoute', (route) => {
      if (!route.config?.csv) return;
      route.config = { ...route.config, mediaTypes: [...(route.config.mediaTypes ?? []), CSV] };
      const schema = route.schema as RouteSchema | undefined;
      const limit = schema?.querystring?.properties?.limit;
      if (schema?.querystring && limit) {
        schema.querystring = {
          ...schema.querystring,
          properties: {
            ...schema.querystring.properties,
            limit: {
              ...limit,
              maximum: CSV_LIMIT,
              description: `How many items to return: 1–${JSON_LIMIT}, or up to ${CSV_LIMIT} with \`Accept: text/csv\`.`,
            },
          },
        };
      }
      const ok = schema?.response?.[200] as { content?: unknown } | undefined;
      // HEAD shares the GET's schema: wrap it once.
      if (schema?.response && ok && !ok.content) {
        schema.response = {
          ...schema.response,
          200: {
            description: 'The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet.',
            content: { 'application/json': { schema: ok }, [CSV]: { schema: Type.Ref('CsvTable') } },
          },
        };
      }
    });

    app.addHook('preHandler', (request, reply, done) => {
      const csv = request.routeOptions.config?.csv;
      if (!csv) return done();
      const limit = (request.query as { limit?: number } | undefined)?.limit;
      if (request.answerType !== CSV) {
        if (limit !== undefined && limit > JSON_LIMIT) {
          return done(
            new HttpProblem(
              400,
              `The request has 1 invalid field: /query/limit must be <= ${JSON_LIMIT} (up to ${CSV_LIMIT} with Accept: text/csv)`,
              {
                type: 'validation',
                title: 'Invalid request',
                errors: [
                  {
                    pointer: '/query/limit',
                    detail: `must be <= ${JSON_LIMIT} (up to ${CSV_LIMIT} with Accept: text/csv)`,
                  },
                ],
              },
            ),
          );
        }
        return done();
      }
      reply.serializer(serialiser(reply, csv));
      done();
    });
  },
  { name: 'csv', dependencies: ['content-negotiation'] },
);
