import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const { app } = await createTestApp();

/** Every documented error is RFC 9457 problem details with all five members. */
async function expectProblem(request: InjectOptions & { url: string }, status: number, detail: RegExp) {
  const response = await app.inject(request);
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\//), title: expect.any(String) });
  expect(body.detail).toMatch(detail);
  expect(body.instance).toBe(request.url);
  return { body, headers: response.headers };
}

describe('problem details', () => {
  it('404 for an unknown municipality, county and association', async () => {
    await expectProblem({ url: '/v1/municipalities/9999' }, 404, /9999/);
    await expectProblem({ url: '/v1/counties/99' }, 404, /99/);
    await expectProblem({ url: '/v1/associations/nowhere' }, 404, /nowhere/);
  });

  it('404 for a path that does not exist', async () => {
    await expectProblem({ url: '/v1/kommuner' }, 404, /\/v1\/kommuner/);
  });

  it('400 naming the field for a malformed key', async () => {
    const { body } = await expectProblem({ url: '/v1/municipalities/abc' }, 400, /four-digit/);
    expect(body.errors).toEqual([{ pointer: '/path/code', detail: expect.stringMatching(/four-digit/) }]);
    await expectProblem({ url: '/v1/counties/1' }, 400, /two-digit/);
    await expectProblem({ url: '/v1/associations/Not_A_Slug' }, 400, /slug/);
  });

  it('400 for a limit above 100', async () => {
    const { body } = await expectProblem({ url: '/v1/counties?limit=1000' }, 400, /limit/);
    expect(body.errors).toEqual([{ pointer: '/query/limit', detail: 'must be <= 100' }]);
  });

  it('400 for an unknown query parameter, listing the allowed ones', async () => {
    const { body } = await expectProblem({ url: '/v1/municipalities?colour=red' }, 400, /colour/);
    expect(body.errors[0].pointer).toBe('/query/colour');
    expect(body.errors[0].detail).toContain('county');
  });

  it('names every bad field at once', async () => {
    const { body } = await expectProblem(
      { url: '/v1/municipalities?limit=0&offset=-1&sort=population&county=X&updatedSince=yesterday' },
      400,
      /5 invalid fields/,
    );
    expect(body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(
      ['/query/county', '/query/limit', '/query/offset', '/query/sort', '/query/updatedSince'].sort(),
    );
    expect(body.errors.find((e: { pointer: string }) => e.pointer === '/query/sort').detail).toContain('-updatedAt');
  });

  it('400 for a malformed filter on counties and associations', async () => {
    await expectProblem({ url: '/v1/counties?sort=size' }, 400, /sort/);
    await expectProblem({ url: '/v1/associations?kind=club' }, 400, /kind/);
    await expectProblem({ url: '/v1/associations?member=12' }, 400, /member/);
  });

  it('405 with Allow for a method a resource does not support', async () => {
    const { headers } = await expectProblem({ method: 'DELETE', url: '/v1/municipalities/1490' }, 405, /DELETE/);
    expect(headers.allow).toBe('GET, HEAD, PATCH');
  });

  it('406 when the client accepts no JSON', async () => {
    await expectProblem({ url: '/v1/municipalities', headers: { accept: 'text/html' } }, 406, /text\/html/);
    const ok = await app.inject({
      url: '/v1/municipalities',
      headers: { accept: 'text/html, application/json;q=0.5' },
    });
    expect(ok.statusCode).toBe(200);
  });
});
