import type { EventBus, EventHandler, IntegrationEvent } from '../../shared-kernel/event-bus.port';

/**
 * Delivers integration events to the handlers of every context in this process, one after another,
 * so that when `publish` resolves every context has done its part (e.g. erased a deleted user's data).
 */
export class InProcessEventBus implements EventBus {
  private readonly handlers = new Map<string, EventHandler[]>();

  subscribe<E extends IntegrationEvent>(type: E['type'], handler: EventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as EventHandler);
    this.handlers.set(type, list);
  }

  async publish(event: IntegrationEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) {
      await handler(event);
    }
  }
}
