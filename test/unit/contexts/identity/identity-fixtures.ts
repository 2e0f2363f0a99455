import type { Clock } from '../../../../src/shared-kernel/clock';
import type { Principal } from '../../../../src/shared-kernel/principal';

export class FixedClock implements Clock {
  constructor(private current = new Date(Date.UTC(2026, 2, 1, 9, 0))) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

/** Object mother: a planner as a verified token describes them. */
export const PrincipalMother = {
  mira: (overrides: Partial<Principal> = {}): Principal => ({
    id: '0b6f3b8e-8f7e-4c0a-9a43-3c1f2b0d9e11',
    email: 'mira@example.org',
    givenName: 'Mira',
    familyName: 'Stadt',
    username: 'mira',
    realmRoles: [],
    ...overrides,
  }),
};

/** Records home-folder requests (the spatial-analysis side is not part of these tests). */
export class RecordingHomeFolders {
  readonly requested: string[] = [];

  async ensureHomeFolder(userId: string): Promise<void> {
    this.requested.push(userId);
  }
}
