/** oidc-provider's storage for the test harness: a Map per process (its built-in one warns on every start). */
type Payload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string; consumed?: number };

const store = new Map<string, Payload>();

export class MemoryAdapter {
  constructor(private readonly model: string) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: Payload): Promise<void> {
    store.set(this.key(id), payload);
  }

  async find(id: string): Promise<Payload | undefined> {
    return store.get(this.key(id));
  }

  async findByUid(uid: string): Promise<Payload | undefined> {
    return [...store.entries()].find(([key, value]) => key.startsWith(`${this.model}:`) && value.uid === uid)?.[1];
  }

  async findByUserCode(userCode: string): Promise<Payload | undefined> {
    return [...store.entries()].find(([key, value]) => key.startsWith(`${this.model}:`) && value.userCode === userCode)?.[1];
  }

  async consume(id: string): Promise<void> {
    const payload = store.get(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    store.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, value] of store) if (value.grantId === grantId) store.delete(key);
  }
}
