import { ended, MAX_ACTIVE_JOBS_PER_USER, started, stepStarted } from '../../../src/contexts/spatial-analysis/domain/jobs/job';
import type { JobRepository } from '../../../src/contexts/spatial-analysis/ports/jobs/job-repository.port';
import { aJob, at, someOwner } from './workspace-mothers';

export function describeJobRepositoryContract(name: string, makeRepository: () => Promise<JobRepository> | JobRepository): void {
  describe(`JobRepository contract: ${name}`, () => {
    let repository: JobRepository;
    let owner: string;
    beforeEach(async () => {
      repository = await makeRepository();
      owner = someOwner();
    });

    it('stores a job with its steps and reads it back', async () => {
      const job = aJob(owner);
      expect(await repository.insertIfBelowLimit(job, MAX_ACTIVE_JOBS_PER_USER)).toBe('saved');
      expect(await repository.byId(job.id)).toEqual(job);
    });

    it('refuses a job beyond the limit of active ones, even when requests race', async () => {
      const outcomes = await Promise.all(Array.from({ length: 9 }, (_, i) => repository.insertIfBelowLimit(aJob(owner, i), 6)));
      expect(outcomes.filter((outcome) => outcome === 'saved')).toHaveLength(6);
      expect(outcomes.filter((outcome) => outcome === 'limit-reached')).toHaveLength(3);
      expect(await repository.insertIfBelowLimit(aJob(someOwner()), 6)).toBe('saved');
    });

    it('frees a slot when a job ends', async () => {
      const jobs = Array.from({ length: 6 }, (_, i) => aJob(owner, i));
      for (const job of jobs) await repository.insertIfBelowLimit(job, 6);
      expect(await repository.insertIfBelowLimit(aJob(owner, 7), 6)).toBe('limit-reached');
      await repository.update(ended(jobs[0], 'killed', 'Stopped', at(8)), ['pending', 'running']);
      expect(await repository.insertIfBelowLimit(aJob(owner, 9), 6)).toBe('saved');
    });

    it('updates only from the expected status (compare-and-set)', async () => {
      const job = aJob(owner);
      await repository.insertIfBelowLimit(job, 6);
      const running = stepStarted(started(job, at(1)), 'upload', at(1));
      expect(await repository.update(running, ['pending'])).toBe(true);
      expect(await repository.update(running, ['pending'])).toBe(false);
      const killed = ended(running, 'killed', 'Stopped by the user.', at(2), 'jobs.killed');
      expect(await repository.update(killed, ['running'])).toBe(true);
      expect(await repository.byId(job.id)).toEqual(killed);
      expect((await repository.byId(job.id))?.steps.upload.status).toBe('killed');
      expect(await repository.heartbeat(job.id, at(3))).toBe(false);
    });

    it('finds running jobs whose heartbeat went silent', async () => {
      const silent = started(aJob(owner, 1), at(1));
      const alive = started(aJob(owner, 2), at(1));
      for (const job of [silent, alive]) {
        await repository.insertIfBelowLimit(job, 6);
      }
      await repository.update(silent, ['pending']);
      await repository.update(alive, ['pending']);
      expect(await repository.heartbeat(alive.id, at(30))).toBe(true);
      const found = await repository.runningSilentSince(at(20));
      expect(found.map((job) => job.id)).toContain(silent.id);
      expect(found.map((job) => job.id)).not.toContain(alive.id);
    });

    it('lists newest first with type, project and read filters; marks only the owner\'s jobs read', async () => {
      const a = aJob(owner, 1, 'file_import', 'a0000000-0000-7000-8000-000000000001');
      const b = aJob(owner, 2, 'catchment_area_active_mobility');
      const foreign = aJob(someOwner(), 3);
      for (const job of [a, b, foreign]) await repository.insertIfBelowLimit(job, 6);
      expect((await repository.list({ ownerId: owner, page: { page: 1, size: 10 } })).items.map((job) => job.id)).toEqual([b.id, a.id]);
      expect((await repository.list({ ownerId: owner, types: ['file_import'], page: { page: 1, size: 10 } })).items.map((job) => job.id)).toEqual([a.id]);
      expect((await repository.list({ ownerId: owner, projectId: 'a0000000-0000-7000-8000-000000000001', page: { page: 1, size: 10 } })).total).toBe(1);
      expect(await repository.markRead(owner, [a.id, foreign.id], at(5))).toBe(1);
      expect((await repository.byId(foreign.id))?.read).toBe(false);
      expect((await repository.list({ ownerId: owner, read: true, page: { page: 1, size: 10 } })).items.map((job) => job.id)).toEqual([a.id]);
      expect((await repository.list({ ownerId: owner, read: false, page: { page: 1, size: 10 } })).items.map((job) => job.id)).toEqual([b.id]);
      await repository.deleteAllOf(owner);
      expect(await repository.byId(a.id)).toBeNull();
      expect(await repository.byId(foreign.id)).not.toBeNull();
    });
  });
}
