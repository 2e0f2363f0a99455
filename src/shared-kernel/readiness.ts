/** A dependency `/readyz` asks about; `check` throws (or times out) when it cannot serve. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export const READINESS_CHECK: unique symbol = Symbol('ReadinessCheck');
