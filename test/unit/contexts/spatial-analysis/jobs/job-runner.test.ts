import { InMemoryJobQueue } from '../../../../../src/contexts/spatial-analysis/adapters/jobs/in-memory-job.queue';
import { InMemoryJobRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-job.repository';
import { JobHandlers, type JobHandler } from '../../../../../src/contexts/spatial-analysis/application/jobs/job-handler';
import { JobRunner } from '../../../../../src/contexts/spatial-analysis/application/jobs/job-runner';
import { SubmitJob } from '../../../../../src/contexts/spatial-analysis/application/jobs/submit-job';
import { DomainError } from '../../../../../src/shared-kernel/domain-error';
import type { JobId } from '../../../../../src/contexts/spatial-analysis/domain/jobs/job';
import { principalFor } from '../../../../support/test-app';

const quietLog = { error: () => undefined, warn: () => undefined };

function harness(handler: JobHandler<Record<string, unknown>>, timeoutSeconds = 3600, now = () => new Date()) {
  const jobs = new InMemoryJobRepository();
  const handlers = new JobHandlers();
  handlers.register(handler);
  const clock = { now };
  const runner = new JobRunner(jobs, new InMemoryJobQueue(2), handlers, clock, { timeoutSeconds, heartbeatSeconds: 1, staleAfterSeconds: 60 }, quietLog);
  const submit = new SubmitJob(jobs, handlers, runner, clock);
  return { jobs, runner, submit, handlers };
}

async function ended(jobs: InMemoryJobRepository, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = await jobs.byId(id as JobId);
    if (job && !['pending', 'running'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('job did not end');
}

describe('JobRunner', () => {
  const alice = principalFor('alice');

  it('runs steps in order, reports progress per step and finishes with the layer ids', async () => {
    const order: string[] = [];
    const { submit, jobs, runner } = harness({
      type: 'demo',
      steps: ['one', 'two'],
      run: async (_payload, context) => {
        await context.step('one', async () => order.push('one'));
        await context.step('two', async () => order.push('two'));
        return { layerIds: ['layer-1'], result: { done: true } };
      },
      undo: async () => undefined,
    });
    const job = await submit.execute(alice, { type: 'demo', payload: {} });
    if (!job.ok) throw job.error;
    const done = await ended(jobs, job.value.id);
    expect(order).toEqual(['one', 'two']);
    expect(done).toMatchObject({ status: 'finished', progress: 100, layerIds: ['layer-1'], result: { done: true } });
    expect(Object.values(done.steps).map((step) => step.status)).toEqual(['finished', 'finished']);
    await runner.stop();
  });

  it('fails with the domain error\'s code and message, and undoes what was written', async () => {
    const undone: unknown[] = [];
    const { submit, jobs, runner } = harness({
      type: 'demo',
      steps: ['one'],
      run: async (_payload, context) => context.step('one', async () => {
        throw new DomainError('import.file-empty', 'validation', 'The file is empty or holds no features.');
      }),
      undo: async (payload) => void undone.push(payload),
    });
    const job = await submit.execute(alice, { type: 'demo', payload: { n: 1 } });
    if (!job.ok) throw job.error;
    const done = await ended(jobs, job.value.id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 'import.file-empty', message: 'The file is empty or holds no features.' });
    expect(done.steps.one.status).toBe('failed');
    expect(undone).toEqual([{ n: 1 }]);
    await runner.stop();
  });

  it('times out between steps when the job runs past JOB_TIMEOUT_SECONDS, and undoes', async () => {
    let time = Date.parse('2026-01-01T00:00:00Z');
    const undone: unknown[] = [];
    const { submit, jobs, runner } = harness(
      {
        type: 'demo',
        steps: ['slow', 'never'],
        run: async (_payload, context) => {
          await context.step('slow', async () => {
            time += 20_000;
          });
          await context.step('never', async () => undefined);
          return { layerIds: [], result: {} };
        },
        undo: async (payload) => void undone.push(payload),
      },
      10,
      () => new Date(time),
    );
    const job = await submit.execute(alice, { type: 'demo', payload: {} });
    if (!job.ok) throw job.error;
    const done = await ended(jobs, job.value.id);
    expect(done).toMatchObject({ status: 'timeout', errorCode: 'jobs.timeout' });
    expect(undone).toHaveLength(1);
    await runner.stop();
  });

  it('refuses a second handler for the same job type', () => {
    const handlers = new JobHandlers();
    const handler = { type: 'x', steps: [], run: async () => ({ layerIds: [], result: {} }), undo: async () => undefined };
    handlers.register(handler);
    expect(() => handlers.register(handler)).toThrow(/already registered/);
  });
});
