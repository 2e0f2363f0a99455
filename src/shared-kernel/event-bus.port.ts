/** Integration events between contexts; handlers run in-process, in registration order. */
export interface IntegrationEvent {
  readonly type: string;
  readonly occurredAt: string;
}

export type EventHandler<E extends IntegrationEvent = IntegrationEvent> = (event: E) => Promise<void>;

export interface EventBus {
  publish(event: IntegrationEvent): Promise<void>;
  subscribe<E extends IntegrationEvent>(type: E['type'], handler: EventHandler<E>): void;
}

export const EVENT_BUS: unique symbol = Symbol('EventBus');
