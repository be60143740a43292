import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const slow = await createTestApp({ REQUEST_TIMEOUT_MS: '400' });
const actors = await createActors(app, database.db);
const admin = { cookie: actors.admin.cookie, 'x-csrf-token': actors.admin.csrfToken };

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = response.json() as { status: number; type: string; errors?: { pointer: string; detail: string }[] };
  expect(problem.status).toBe(response.statusCode);
  return problem;
}

/** A 400 problem that names `pointer` among its invalid fields. */
function expectInvalid(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  pointer: string,
) {
  expect(response.statusCode).toBe(400);
  const problem = expectProblem(response);
  expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  return problem;
}

async function patchMunicipality(payload: string, headers: Record<string, string> = {}) {
  const current = await app.inject({ url: '/v1/municipalities/1490' });
  return app.inject({
    method: 'PATCH',
    url: '/v1/municipalities/1490',
    headers: {
      ...admin,
      'if-match': current.headers.etag as string,
      'content-type': 'application/json',
      ...headers,
    },
    payload,
  });
}

describe('the probe findings that were 500s answer a 400 naming the parameter', () => {
  it.each([
    ['/v1/municipalities?q=%00', '/query/q'],
    ['/v1/technologies?q=a%00b', '/query/q'],
    ['/v1/counties?limit=1e309', '/query/limit'],
    ['/v1/counties?limit=Infinity', '/query/limit'],
    ['/v1/counties?offset=-Infinity', '/query/offset'],
    ['/v1/counties?offset=99999999999999999999', '/query/offset'],
    ['/v1/counties?offset=1000001', '/query/offset'],
    ['/v1/municipalities/1490/maturity/1e309', '/path/year'],
    ['/v1/operator-models/vardkommun-larmcentral/cost-preview?annualCostSek=1e309', '/query/annualCostSek'],
    ['/v1/municipalities?q=%FF', '/query/q'],
    ['/v1/municipalities?q=%E0%A4%A', '/query/q'],
    ['/v1/municipalities?q=%ED%A0%80', '/query/q'],
    ['/v1/counties/%00', '/path/code'],
  ])('%s', async (url, pointer) => {
    expectInvalid(await app.inject({ url }), pointer);
  });

  it.each([
    ['/v1/needs?minVolume=1e309', '/query/minVolume'],
    ['/v1/needs?minVolume=1e20', '/query/minVolume'],
  ])('%s with a supplier key', async (url, pointer) => {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${actors.supplierKey}` } });
    expectInvalid(response, pointer);
  });

  it('still takes ordinary numbers, and text that merely spells a number', async () => {
    expect((await app.inject({ url: '/v1/counties?limit=1e1&offset=0' })).json().limit).toBe(10);
    expect((await app.inject({ url: '/v1/municipalities?q=Infinity' })).statusCode).toBe(200);
  });
});

describe('every answer the server itself gives is problem details', () => {
  it('a path with malformed percent-encoding', async () => {
    const response = await app.inject({ url: '/v1/counties/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(expectProblem(response).type).toBe('https://valfardsnavet.se/problems/bad-request');
  });

  it('a path parameter over 200 characters', async () => {
    const response = await app.inject({ url: `/v1/counties/${'a'.repeat(250)}` });
    expect(response.statusCode).toBe(414);
    expect(expectProblem(response).type).toBe('https://valfardsnavet.se/problems/uri-too-long');
  });

  /** Sends raw bytes to a listening app and answers the status line, headers and parsed body. */
  async function raw(target: typeof app, bytes: string) {
    if (!target.server.listening) await target.listen({ port: 0, host: '127.0.0.1' });
    const { port } = target.server.address() as { port: number };
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    return { head, body: JSON.parse(body) };
  }

  it('broken HTTP framing, on a real socket', async () => {
    const { head, body } = await raw(app, 'GET /v1/counties HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1.1 400 Bad Request/);
    expect(head).toMatch(/content-type: application\/problem\+json; charset=utf-8/i);
    expect(body).toMatchObject({ status: 400, type: 'https://valfardsnavet.se/problems/bad-request' });
  });

  it('a request that does not arrive in time', async () => {
    const { head, body } = await raw(slow.app, 'GET /v1/counties HTTP/1.1\r\nHost: x\r\n');
    expect(head).toMatch(/^HTTP\/1.1 408 Request Timeout/);
    expect(head).toMatch(/content-type: application\/problem\+json; charset=utf-8/i);
    expect(body).toMatchObject({ status: 408, type: 'https://valfardsnavet.se/problems/request-timeout' });
  });
});

describe('unknown query parameters are a 400 on every operation', () => {
  const document = app.swagger() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => [method.toUpperCase(), path] as const),
  );

  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(70);
  });

  it.each(operations)('%s %s', async (method, path) => {
    const url = `${path.replace(/\{[^}]+\}/g, 'x')}?zzUnknown=1`;
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...admin,
        'if-match': '"x"',
        ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
      },
      ...(method === 'GET' || method === 'DELETE' ? {} : { payload: '{}' }),
    });
    expectInvalid(response, '/query/zzUnknown');
  });
});

describe('JSON bodies are taken as sent', () => {
  it.each([
    ['{"population":"12"}', '/body/population'],
    ['{"population":true}', '/body/population'],
    ['{"description":123}', '/body/description'],
    ['{"description":"a\\u0000b"}', '/body/description'],
    ['{"description":"\\ud800 alone"}', '/body/description'],
    ['{"description":"ok","x\\u0000":1}', '/body/x\u0000'],
  ])('%s is refused', async (payload, pointer) => {
    expectInvalid(await patchMunicipality(payload), pointer);
    const stored = (await app.inject({ url: '/v1/municipalities/1490' })).json();
    expect(stored.population).not.toBe(12);
    expect(stored.description).not.toBe('123');
  });

  it('refuses invalid UTF-8 in a body', async () => {
    const current = await app.inject({ url: '/v1/municipalities/1490' });
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/municipalities/1490',
      headers: { ...admin, 'if-match': current.headers.etag as string, 'content-type': 'application/json' },
      payload: Buffer.concat([Buffer.from('{"description":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    });
    expectInvalid(response, '/body');
  });

  it('accepts JSON only as UTF-8', async () => {
    const latin1 = await patchMunicipality('{"description":"x"}', {
      'content-type': 'application/json; charset=latin1',
    });
    expect(latin1.statusCode).toBe(415);
    expectProblem(latin1);
    const utf8 = await patchMunicipality('{"description":"Välfärd"}', {
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(utf8.statusCode).toBe(200);
    expect(utf8.json().description).toBe('Välfärd');
  });
});

describe('required text says something', () => {
  const create = (name: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/technology-categories',
      headers: admin,
      payload: { slug: `hostile-${Math.random().toString(36).slice(2, 8)}`, name },
    });

  it.each(['   ', '\u200b', ' \u200b\u2060\ufeff\t'])('refuses a name of only %j', async (name) => {
    expectInvalid(await create(name), '/body/name');
  });

  it('stores a name without its surrounding whitespace', async () => {
    const response = await create('  Sensorer i hemmet \n');
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('Sensorer i hemmet');
  });

  it('leaves passwords exactly as typed', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: 'admin@test.se', password: ' ett långt och hemligt lösenord ' },
    });
    expect(response.statusCode).toBe(401);
  });
});
