import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { StreetNetwork } from '../../domain/routing/street-network';
import type { CalculatorOptions } from '../../domain/routing/travel-time-calculator';
import type { TravelTimeAnswer, TravelTimeEngine, TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';
import { toSharedStreetNetwork } from './shared-street-network';
import type { WorkerReply } from './travel-time-worker-protocol';

export interface WorkerPoolOptions {
  /** Compiled worker script (JS); defaults to the one next to this file in dist/. */
  readonly workerScript?: string;
  readonly workers?: number;
  readonly calculator?: CalculatorOptions;
}

interface Task {
  readonly id: number;
  readonly query: TravelTimeQuery;
  resolve(result: Result<TravelTimeAnswer, DomainError>): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  online: boolean;
}

/**
 * The built-in engine on a pool of worker threads sharing one copy of the network
 * (SharedArrayBuffer): parallel requests neither copy the graph nor block the event loop.
 */
export class WorkerPoolTravelTimeEngine implements TravelTimeEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly network: StreetNetwork;
  private readonly script: string;
  private nextId = 1;
  private closed = false;

  constructor(
    network: StreetNetwork,
    private readonly options: WorkerPoolOptions = {},
  ) {
    this.network = toSharedStreetNetwork(network);
    this.script = options.workerScript ?? `${__dirname}/travel-time-worker.js`;
    const count = options.workers ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    for (let i = 0; i < count; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  travelTimes(query: TravelTimeQuery): Promise<Result<TravelTimeAnswer, DomainError>> {
    if (this.closed) return Promise.reject(new Error('The travel-time worker pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, query, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The travel-time worker pool was closed.'));
    // Running tasks would never hear back from a terminated worker: settle them too.
    for (const slot of this.slots) {
      if (slot.task === null) continue;
      slot.task.reject(new Error('The travel-time worker pool was closed.'));
      slot.task = null;
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: { network: this.network, options: this.options.calculator ?? {} } });
    const slot: Slot = { worker, task: null, online: false };
    worker.once('online', () => (slot.online = true));
    slot.worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
    slot.worker.on('error', (error) => this.fail(slot, error));
    slot.worker.on('exit', (code) => {
      if (!this.closed) this.fail(slot, new Error(`travel-time worker exited with code ${code}`));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, query: task.query });
    }
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const task = slot.task;
    slot.task = null;
    if (task && task.id === reply.id) {
      if ('fault' in reply) task.reject(new Error(`travel-time worker failed: ${reply.fault}`));
      else if (reply.ok) task.resolve(ok(reply.value));
      else task.resolve(err(new DomainError(reply.error.code, reply.error.kind, reply.error.message, reply.error.details)));
    }
    this.dispatch();
  }

  /** A crashed worker fails its own task only and is replaced. */
  private fail(slot: Slot, error: Error): void {
    const task = slot.task;
    slot.task = null;
    task?.reject(error);
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    // A worker that never started (missing or broken script) is not replaced, or it would loop.
    if (slot.online) this.slots[index] = this.spawn();
    else this.slots.splice(index, 1);
    if (this.slots.length === 0) {
      for (const queued of this.queue.splice(0)) queued.reject(new Error(`no travel-time worker could start: ${error.message}`));
    }
    this.dispatch();
  }
}
