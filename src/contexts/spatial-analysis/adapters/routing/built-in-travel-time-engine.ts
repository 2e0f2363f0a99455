import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { StreetNetwork } from '../../domain/routing/street-network';
import { type CalculatorOptions, TravelTimeCalculator } from '../../domain/routing/travel-time-calculator';
import type { TravelTimeAnswer, TravelTimeEngine, TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';

/**
 * The built-in engine computing in the calling thread. Fine for tests, scripts and small loads; the
 * server uses the worker pool so long searches never block the event loop.
 */
export class BuiltInTravelTimeEngine implements TravelTimeEngine {
  private readonly calculator: TravelTimeCalculator;

  constructor(network: StreetNetwork, options: CalculatorOptions = {}) {
    this.calculator = new TravelTimeCalculator(network, options);
  }

  async travelTimes(query: TravelTimeQuery): Promise<Result<TravelTimeAnswer, DomainError>> {
    return this.calculator.calculate(query);
  }
}
