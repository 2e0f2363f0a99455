import express from 'express';
import request from 'supertest';
import { pino } from 'pino';
import { errorMiddleware } from '../../../src/platform/http/error-middleware';
import { limitExpensiveOperations } from '../../../src/platform/http/rate-limiting';

describe('rate limiting of expensive operations', () => {
  const app = express();
  limitExpensiveOperations(app, [
    { method: 'post', path: '/api/v2/routing/catchment-area', summary: 's', tag: 't', expensive: true, responses: {} },
    { method: 'get', path: '/api/v2/cheap', summary: 's', tag: 't', responses: {} },
    { method: 'post', path: '/api/v2/layer/file-upload', summary: 's', tag: 't', expensive: true, responses: {} },
  ], { windowSeconds: 60, max: 2 });
  app.post('/api/v2/routing/catchment-area', (_req, res) => void res.json({ ok: true }));
  app.get('/api/v2/cheap', (_req, res) => void res.json({ ok: true }));
  app.post('/api/v2/layer/file-upload', (_req, res) => void res.json({ ok: true }));
  app.use(errorMiddleware(pino({ level: 'silent' })));

  it('answers 429 problem+json with Retry-After beyond the limit, and leaves other routes alone', async () => {
    expect((await request(app).post('/api/v2/routing/catchment-area')).status).toBe(200);
    expect((await request(app).post('/api/v2/routing/catchment-area')).status).toBe(200);
    const limited = await request(app).post('/api/v2/routing/catchment-area');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('platform.rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 5; i++) expect((await request(app).get('/api/v2/cheap')).status).toBe(200);
    // Each expensive operation has a budget of its own.
    expect((await request(app).post('/api/v2/layer/file-upload')).status).toBe(200);
    expect((await request(app).post('/api/v2/layer/file-upload')).status).toBe(200);
    expect((await request(app).post('/api/v2/layer/file-upload')).status).toBe(429);
  });
});
