import request from 'supertest';
import { FOLDER_REPOSITORY } from '../../../src/contexts/spatial-analysis/ports/workspace/folder-repository.port';
import { buildTestApp } from '../../support/test-app';

const app = buildTestApp().express;

function expectProblem(response: request.Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code, type: `/problems/${code}`, title: expect.any(String), detail: expect.any(String), instance: expect.any(String), traceId: expect.any(String) });
  expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+|stack|SELECT /);
}

describe('error contract', () => {
  it('answers an unknown route with 404 problem+json', async () => {
    expectProblem(await request(app).get('/no/such/route'), 404, 'request.route-not-found');
    expectProblem(await request(app).delete('/api/v2/nothing-here'), 404, 'request.route-not-found');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await request(app).post('/api/v2/folder').set('Content-Type', 'application/json').send('{"name": ');
    expectProblem(response, 400, 'request.malformed-body');
  });

  it('answers a body of the wrong content type with 415', async () => {
    expectProblem(await request(app).post('/api/v2/folder').set('Content-Type', 'text/plain').send('name=x'), 415, 'request.unsupported-media-type');
    expectProblem(await request(app).post('/api/v2/folder').type('form').send({ name: 'x' }), 415, 'request.unsupported-media-type');
  });

  it('answers an oversized body with 413', async () => {
    const response = await request(app).post('/api/v2/folder').send({ name: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(response, 413, 'request.body-too-large');
  });

  it('answers schema violations with 422 and a pointer per problem', async () => {
    const response = await request(app).post('/api/v2/folder').send({ name: 42 });
    expectProblem(response, 422, 'request.validation-failed');
    expect(response.body.errors).toEqual([{ pointer: '/body/name', message: expect.any(String) }]);
    const badId = await request(app).get('/api/v2/folder/not-a-uuid');
    expectProblem(badId, 422, 'request.validation-failed');
    expect(badId.body.errors[0].pointer).toBe('/params/folder_id');
    const badPage = await request(app).get('/api/v2/folder?page=0&size=5000');
    expect(badPage.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/query/page', '/query/size']);
  });

  it('carries the trace id in the response header and the problem, and takes a well-formed incoming one', async () => {
    const response = await request(app).get('/no/such/route').set('X-Request-Id', 'trace-0123456789');
    expect(response.headers['x-request-id']).toBe('trace-0123456789');
    expect(response.body.traceId).toBe('trace-0123456789');
    const invented = await request(app).get('/no/such/route').set('X-Request-Id', 'bad id with spaces');
    expect(invented.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('answers an unexpected failure with a generic 500 and no internals', async () => {
    const failing = buildTestApp({
      overrides: (container) => {
        container.register(FOLDER_REPOSITORY, {
          useValue: { homeOf: () => Promise.reject(new Error('SELECT secret FROM internals at repo.ts:12')) },
        });
      },
    }).express;
    const response = await request(failing).get('/api/v2/folder');
    expectProblem(response, 500, 'platform.internal-error');
    expect(response.body.detail).not.toContain('secret');
  });
});

describe('security headers and CORS', () => {
  const withCors = buildTestApp({ env: { CORS_ORIGINS: 'https://app.example.org, https://other.example.org' } }).express;

  it('sets helmet headers and hides the framework', async () => {
    const response = await request(app).get('/healthz');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows credentials for listed origins only', async () => {
    const listed = await request(withCors).options('/api/v2/folder').set('Origin', 'https://app.example.org').set('Access-Control-Request-Method', 'POST');
    expect(listed.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(listed.headers['access-control-allow-credentials']).toBe('true');
    const unlisted = await request(withCors).options('/api/v2/folder').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(unlisted.headers['access-control-allow-origin']).toBeUndefined();
  });
});
