import request from 'supertest';
import { identityHttp } from '../../../src/contexts/identity';
import { authorizationHttp } from '../../../src/contexts/authorization';
import { spatialAnalysisHttp } from '../../../src/contexts/spatial-analysis';
import { buildTestApp, userToken } from '../../support/test-app';

/**
 * Every described operation, fed malformed input of each kind, answers a 4xx problem: a user's
 * mistake is never a 500. Path parameters get a well-formed id nobody owns, or garbage.
 */
const operations = [...identityHttp.operations, ...authorizationHttp.operations, ...spatialAnalysisHttp.operations].filter(
  (operation) => operation.path.startsWith('/api/') && !operation.multipart,
);

const junkBodies: unknown[] = [null, [], 'text', 42, { unexpected: { deeply: ['nested'] } }, { name: '' }, { name: 'x'.repeat(10_000) }];
const withParams = (path: string, value: string) => path.replace(/:[A-Za-z_]+/g, value);

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('no 500 on bad input (%s)', (_name, database) => {
  const app = buildTestApp({ testUsers: true, database });
  afterAll(() => app.close());
  const token = userToken(`fuzz-${Date.now()}-${database ? 'db' : 'mem'}`);

  it.each(operations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const))('%s', async (_label, operation) => {
    const statuses: number[] = [];
    for (const id of ['01938a4e-0000-7000-8000-000000000000', 'not-an-id', '12345', "1'; DROP TABLE x; --"]) {
      const path = withParams(operation.path, encodeURIComponent(id));
      const bodies = ['post', 'put', 'patch'].includes(operation.method) ? junkBodies : [undefined];
      for (const body of bodies) {
        let call = request(app.express)[operation.method](`${path}?page=-1&size=abc&limit=999999&bbox=1,2,3&filter=%7Bbad`).set('Authorization', token);
        if (body !== undefined) call = call.set('Content-Type', 'application/json').send(JSON.stringify(body));
        const response = await call;
        statuses.push(response.status);
        if (response.status >= 500) throw new Error(`${operation.method.toUpperCase()} ${path} with ${JSON.stringify(body)} answered ${response.status}: ${JSON.stringify(response.body)}`);
      }
    }
    expect(statuses.every((status) => status < 500)).toBe(true);
  });
});
