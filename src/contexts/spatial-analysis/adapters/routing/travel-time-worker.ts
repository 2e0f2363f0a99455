import { parentPort, workerData } from 'node:worker_threads';
import type { StreetNetwork } from '../../domain/routing/street-network';
import { type CalculatorOptions, TravelTimeCalculator } from '../../domain/routing/travel-time-calculator';
import type { TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';
import type { WorkerReply, WorkerRequest } from './travel-time-worker-protocol';

/** Worker thread: one calculator (own scratch memory) over the network shared by the pool. */
const { network, options } = workerData as { network: StreetNetwork; options: CalculatorOptions };
const calculator = new TravelTimeCalculator(network, options);

parentPort!.on('message', ({ id, query }: WorkerRequest) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = calculator.calculate(query as TravelTimeQuery);
    if (result.ok) {
      reply = { id, ok: true, value: result.value };
      if (result.value.grid) transfer.push(result.value.grid.values.buffer as ArrayBuffer);
    } else {
      const { code, kind, message, details } = result.error;
      reply = { id, ok: false, error: { code, kind, message, details } };
    }
  } catch (fault) {
    reply = { id, fault: fault instanceof Error ? `${fault.name}: ${fault.message}` : String(fault) };
  }
  parentPort!.postMessage(reply, transfer);
});
