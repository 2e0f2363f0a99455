import { inMemoryStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { SubscriptionQuotas } from '../../../../../src/contexts/authorization/application/billing/subscription-quotas';
import { QuotaCreditAccount } from '../../../../../src/contexts/spatial-analysis/adapters/authorization/quota-credit-account';
import { InMemoryJobQueue } from '../../../../../src/contexts/spatial-analysis/adapters/jobs/in-memory-job.queue';
import { InMemoryJobRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-job.repository';
import { JobHandlers, type JobHandler } from '../../../../../src/contexts/spatial-analysis/application/jobs/job-handler';
import { JobRunner } from '../../../../../src/contexts/spatial-analysis/application/jobs/job-runner';
import { KillJob } from '../../../../../src/contexts/spatial-analysis/application/jobs/kill-job.use-case';
import { SubmitJob } from '../../../../../src/contexts/spatial-analysis/application/jobs/submit-job';
import { newJob, started, type Job, type JobId } from '../../../../../src/contexts/spatial-analysis/domain/jobs/job';
import { DomainError } from '../../../../../src/shared-kernel/domain-error';
import { principalFor } from '../../../../support/test-app';

const quietLog = { error: () => undefined, warn: () => undefined };
const alice = principalFor('alice');

/**
 * A job type that charges one credit when accepted and gives it back through the handler's
 * compensation, as the catchment jobs do; the credits live in authorization's in-memory quotas.
 */
function harness(run: JobHandler['run'], options: { timeoutSeconds?: number; now?: () => Date } = {}) {
  const stores = inMemoryStores();
  const clock = { now: options.now ?? (() => new Date()) };
  const quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, clock);
  const credits = new QuotaCreditAccount(() => quotas);
  const jobs = new InMemoryJobRepository();
  const handlers = new JobHandlers();
  handlers.register({ type: 'charged', steps: ['one', 'two'], run, undo: async () => undefined, compensate: (job) => credits.giveBack(job.ownerId, 1) });
  const runner = new JobRunner(jobs, new InMemoryJobQueue(2), handlers, clock, { timeoutSeconds: options.timeoutSeconds ?? 3600, heartbeatSeconds: 1, staleAfterSeconds: 60 }, quietLog);
  const submit = new SubmitJob(jobs, handlers, runner, clock);
  const kill = new KillJob(jobs, clock, handlers);
  const usedCredits = async () => (await stores.subscriptions.of({ kind: 'personal', id: alice.id }))?.used.credits ?? 0;
  /** Charges as StartCatchmentAreaJob does, then submits. */
  const accept = async (): Promise<Job> => {
    expect((await credits.charge(alice, 1)).ok).toBe(true);
    const job = await submit.execute(alice, { type: 'charged', payload: {} });
    if (!job.ok) throw job.error;
    return job.value;
  };
  return { jobs, runner, kill, credits, accept, usedCredits };
}

async function endedJob(jobs: InMemoryJobRepository, id: string): Promise<Job> {
  for (let i = 0; i < 300; i++) {
    const job = await jobs.byId(id as JobId);
    if (job && !['pending', 'running'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('job did not end');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('Credits of jobs that end without finishing', () => {
  it('a finished job keeps its credit', async () => {
    const h = harness(async () => ({ layerIds: [], result: {} }));
    const job = await h.accept();
    expect((await endedJob(h.jobs, job.id)).status).toBe('finished');
    expect(await h.usedCredits()).toBe(1);
    await h.runner.stop();
  });

  it('a failed job gives its credit back once, also when the run is delivered again', async () => {
    const h = harness(async (_payload, context) =>
      context.step('one', async () => {
        throw new DomainError('routing.r5-failed', 'upstream-failure', 'r5 failed with status 500.');
      }),
    );
    await h.credits.charge(alice, 1); // another charge, which must stay
    const job = await h.accept();
    expect(await h.usedCredits()).toBe(2);
    expect((await endedJob(h.jobs, job.id)).status).toBe('failed');
    await settle();
    expect(await h.usedCredits()).toBe(1);
    // At-least-once delivery: the queue hands the ended job over again; nothing more comes back.
    await h.runner.run(job.id as JobId);
    await h.runner.run(job.id as JobId);
    expect(await h.usedCredits()).toBe(1);
    await h.runner.stop();
  });

  it('a job killed while it runs gives its credit back once (the kill, not the runner noticing it)', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inStep = false;
    const h = harness(async (_payload, context) => {
      await context.step('one', async () => {
        inStep = true;
        await gate;
      });
      await context.step('two', async () => undefined);
      return { layerIds: [], result: {} };
    });
    await h.credits.charge(alice, 1); // another charge, which must stay
    const job = await h.accept();
    while (!inStep) await new Promise((resolve) => setTimeout(resolve, 5));
    const killed = await h.kill.execute(alice, job.id);
    expect(killed.ok && killed.value.status).toBe('killed');
    expect(await h.usedCredits()).toBe(1);
    release();
    await settle();
    expect((await h.jobs.byId(job.id))!.status).toBe('killed');
    expect(await h.usedCredits()).toBe(1);
    expect((await h.kill.execute(alice, job.id)).ok).toBe(true); // killing again changes nothing
    expect(await h.usedCredits()).toBe(1);
    await h.runner.stop();
  });

  it('a job killed before it started gives its credit back', async () => {
    const h = harness(async () => ({ layerIds: [], result: {} }));
    expect((await h.credits.charge(alice, 1)).ok).toBe(true);
    const pending = newJob({ ownerId: alice.id, type: 'charged', steps: ['one', 'two'], payload: {} }, new Date());
    await h.jobs.insertIfBelowLimit(pending, 6); // accepted, not yet taken by a worker
    expect((await h.kill.execute(alice, pending.id)).ok).toBe(true);
    expect(await h.usedCredits()).toBe(0);
    await h.runner.run(pending.id); // delivered after the kill: left alone
    expect(await h.usedCredits()).toBe(0);
  });

  it('a job that times out gives its credit back', async () => {
    let time = Date.parse('2026-01-01T00:00:00Z');
    const h = harness(
      async (_payload, context) => {
        await context.step('one', async () => {
          time += 20_000;
        });
        await context.step('two', async () => undefined);
        return { layerIds: [], result: {} };
      },
      { timeoutSeconds: 10, now: () => new Date(time) },
    );
    const job = await h.accept();
    expect((await endedJob(h.jobs, job.id)).status).toBe('timeout');
    await settle();
    expect(await h.usedCredits()).toBe(0);
    await h.runner.stop();
  });

  it('a job abandoned by a worker that died gives its credit back once, however often the sweep runs', async () => {
    const h = harness(async () => ({ layerIds: [], result: {} }));
    expect((await h.credits.charge(alice, 2)).ok).toBe(true);
    const long = new Date(Date.now() - 3_600_000);
    const running = started(newJob({ ownerId: alice.id, type: 'charged', steps: ['one', 'two'], payload: {} }, long), long);
    await h.jobs.insertIfBelowLimit(running, 6);
    expect(await Promise.all([h.runner.failAbandoned(), h.runner.failAbandoned()])).toEqual(expect.arrayContaining([1]));
    expect(await h.runner.failAbandoned()).toBe(0);
    expect((await h.jobs.byId(running.id))!.errorCode).toBe('jobs.interrupted');
    expect(await h.usedCredits()).toBe(1);
  });
});
