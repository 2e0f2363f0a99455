import request from 'supertest';
import { buildTestApp } from '../../support/test-app';

describe('health, readiness, metrics and API documents', () => {
  const memoryApp = buildTestApp().express;

  it('answers liveness on both paths', async () => {
    for (const path of ['/healthz', '/api/healthz']) {
      const response = await request(memoryApp).get(path);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    }
  });

  it('is ready on the embedded default, which has no dependencies', async () => {
    const response = await request(memoryApp).get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ready');
  });

  it('checks the database when one is configured', async () => {
    const app = buildTestApp({ database: true });
    const response = await request(app.express).get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({ database: 'ok' });
    await app.close();
  });

  it('counts requests by route template in Prometheus format', async () => {
    await request(memoryApp).get('/api/v2/folder');
    await request(memoryApp).get('/api/v2/folder/01938a4e-0000-7000-8000-000000000000');
    const response = await request(memoryApp).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/http_requests_total\{method="GET",route="\/api\/v2\/folder",status="200"\} \d+/);
    expect(response.text).toMatch(/http_requests_total\{method="GET",route="\/api\/v2\/folder\/:folder_id",status="404"\} \d+/);
    expect(response.text).toContain('http_request_duration_seconds_bucket');
  });

  it('publishes an OpenAPI 3.1 document covering every route, and Swagger UI', async () => {
    const response = await request(memoryApp).get('/api/v2/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const folder = response.body.paths['/api/v2/folder/{folder_id}'];
    expect(Object.keys(folder).sort()).toEqual(['delete', 'get', 'put']);
    expect(folder.put.requestBody.content['application/json'].schema.properties.name.type).toBe('string');
    expect(folder.get.parameters[0]).toMatchObject({ name: 'folder_id', in: 'path', required: true });
    expect(response.body.paths['/api/v2/folder'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['page', 'search', 'size']);
    const docs = await request(memoryApp).get('/api/v2/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
  });
});
