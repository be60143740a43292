import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const { app } = await createTestApp();

describe('the OpenAPI document', () => {
  it('is served as OpenAPI 3.1 to any origin', async () => {
    const response = await app.inject({ url: '/openapi.json', headers: { origin: 'https://www.fyrbodal.se' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Välfärdsnavet API', version: '1.0.0' });
  });

  it('documents every route the app serves', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    const documented = Object.keys(document.paths).sort();
    expect(documented).toEqual(
      [
        '/health/live',
        '/health/ready',
        '/v1/api-info',
        '/v1/associations',
        '/v1/associations/{slug}',
        '/v1/counties',
        '/v1/counties/{code}',
        '/v1/municipalities',
        '/v1/municipalities/{code}',
        '/v1/municipalities/boundaries',
        '/v1/associations/{slug}/members/{code}',
        '/v1/auth/login',
        '/v1/auth/logout',
        '/v1/auth/me',
        '/v1/auth/lockouts/{email}',
        '/v1/auth/password',
        '/v1/users',
        '/v1/users/{id}',
        '/v1/api-clients',
        '/v1/api-clients/{id}',
        '/v1/audit-events',
        '/v1/technology-categories',
        '/v1/technology-categories/{slug}',
        '/v1/technologies',
        '/v1/technologies/{slug}',
        '/v1/technologies/{slug}/adoption-map',
        '/v1/adoptions',
        '/v1/municipalities/{code}/adoptions/{technology}',
        '/v1/maturity',
        '/v1/guides',
        '/v1/guides/{slug}',
        '/v1/municipalities/{code}/maturity/{year}',
        '/v1/needs',
        '/v1/needs/{id}',
        '/v1/needs/{id}/co-owners',
        '/v1/needs/{id}/co-owners/{code}',
        '/v1/needs/{id}/interests',
        '/v1/needs/{id}/interests/{interestId}',
        '/v1/procurements',
        '/v1/procurements/{id}',
        '/v1/procurements/{id}/ocds',
        '/v1/ocds/releases',
        '/v1/procurements/{id}/participants/{code}',
        '/v1/operator-models',
        '/v1/operator-models/{slug}',
        '/v1/operator-models/{slug}/responses/{code}',
        '/v1/operator-models/{slug}/consultation',
        '/v1/operator-models/{slug}/cost-preview',
        '/v1/events',
        '/v1/webhook-subscriptions',
        '/v1/webhook-subscriptions/{id}',
        '/v1/webhook-subscriptions/{id}/rotate-secret',
        '/v1/webhook-subscriptions/{id}/deliveries',
        '/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/retry',
      ].sort(),
    );
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toBeTruthy();
        expect(operation.summary, where).toBeTruthy();
        expect(operation.description, where).toBeTruthy();
        expect(operation.tags, where).toHaveLength(1);
        expect(Object.keys(operation.responses as object), where).toContain('500');
      }
    }
  });

  it('names shared schemas as components', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'Municipality', 'MunicipalityPage', 'County', 'Association']),
    );
    expect(document.paths['/v1/municipalities/{code}'].get.responses['200'].content['application/json'].schema).toEqual(
      {
        $ref: '#/components/schemas/Municipality',
      },
    );
  });

  it('gives the lists of long records named summaries, and their item routes the full record', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    const schemas = document.components.schemas;
    const jsonOf = (path: string) => {
      const ok = document.paths[path].get.responses['200'];
      return ok.content['application/json'].schema;
    };
    for (const [list, item, name, page, long] of [
      ['/v1/technologies', '/v1/technologies/{slug}', 'Technology', 'TechnologyPage', 'description'],
      ['/v1/needs', '/v1/needs/{id}', 'Need', 'NeedPage', 'problemStatement'],
      ['/v1/procurements', '/v1/procurements/{id}', 'Procurement', 'ProcurementPage', 'participants'],
      ['/v1/operator-models', '/v1/operator-models/{slug}', 'OperatorModel', 'OperatorModelPage', 'members'],
      ['/v1/guides', '/v1/guides/{slug}', 'Guide', 'GuidePage', 'bodyHtml'],
    ]) {
      expect(jsonOf(list as string), list).toEqual({ $ref: `#/components/schemas/${page}` });
      expect(schemas[page as string].properties.items.items).toEqual({ $ref: `#/components/schemas/${name}Summary` });
      expect(jsonOf(item as string), item).toEqual({ $ref: `#/components/schemas/${name}` });
      expect(Object.keys(schemas[`${name}Summary`].properties), name).not.toContain(long);
      expect(Object.keys(schemas[name as string].properties), name).toContain(long);
      expect(schemas[`${name}Summary`].description, name).toContain(item);
    }
  });

  it('marks paging parameters with defaults as optional', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    const limit = document.paths['/v1/counties'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit).toMatchObject({ required: false, schema: { default: 20, maximum: 100 } });
  });

  it('has a reference UI at /docs', async () => {
    const response = await app.inject({ url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
