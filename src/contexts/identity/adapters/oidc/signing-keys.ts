import { createLocalJWKSet, type JSONWebKeySet, type JWSHeaderParameters, type FlattenedJWSInput } from 'jose';
import type { Clock } from '../../../../shared-kernel/clock';
import { IdentityErrors } from '../../domain/identity.errors';
import type { FetchJson } from './http-json';

type KeyResolver = ReturnType<typeof createLocalJWKSet>;
type ResolvedKey = Awaited<ReturnType<KeyResolver>>;

export interface SigningKeySettings {
  /** At most one refetch per this period when a token names a key we do not have. */
  readonly refetchCooldownMs: number;
  /** Keys are refreshed after this age even when every token's key is known (retired keys go). */
  readonly maxAgeMs: number;
}

export const DEFAULT_SIGNING_KEY_SETTINGS: SigningKeySettings = { refetchCooldownMs: 60_000, maxAgeMs: 10 * 60_000 };

const isNoMatchingKey = (error: unknown): boolean => (error as { code?: string })?.code === 'ERR_JWKS_NO_MATCHING_KEY';

/**
 * The provider's public keys (JWKS), cached. A token signed with an unknown `kid` triggers a refetch,
 * at most once per cooldown, so key rotation needs no restart and forged kids cannot flood the
 * provider. Without the key and without the provider, the answer is 503, not 401.
 */
export class SigningKeys {
  private resolver: KeyResolver | null = null;
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly jwksUri: () => Promise<string>,
    private readonly fetchJson: FetchJson,
    private readonly clock: Clock,
    private readonly settings: SigningKeySettings = DEFAULT_SIGNING_KEY_SETTINGS,
  ) {}

  /** A key getter for jose's `jwtVerify`. */
  readonly keyFor = async (header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<ResolvedKey> => {
    if (!this.resolver || this.age() >= this.settings.maxAgeMs) await this.refresh(!this.resolver);
    try {
      return await this.resolver!(header, token);
    } catch (error) {
      if (!isNoMatchingKey(error)) throw error;
      if (this.age() < this.settings.refetchCooldownMs) throw IdentityErrors.keyUnknown();
      await this.refresh(true);
      try {
        return await this.resolver!(header, token);
      } catch (retryError) {
        throw isNoMatchingKey(retryError) ? IdentityErrors.keyUnknown() : retryError;
      }
    }
  };

  private age(): number {
    return this.clock.now().getTime() - this.fetchedAt;
  }

  /** `required`: without fresh keys this token cannot be checked, so a fetch failure is a 503. */
  private async refresh(required: boolean): Promise<void> {
    this.inFlight ??= this.fetch().finally(() => {
      this.inFlight = null;
    });
    try {
      await this.inFlight;
    } catch {
      if (required || !this.resolver) throw IdentityErrors.providerUnavailable();
    }
  }

  private async fetch(): Promise<void> {
    // Counted as an attempt even when it fails, so an unreachable provider is not asked on every request.
    this.fetchedAt = this.clock.now().getTime();
    const jwks = (await this.fetchJson(await this.jwksUri())) as JSONWebKeySet;
    if (!jwks || !Array.isArray(jwks.keys)) throw new Error('the JWKS document has no keys');
    this.resolver = createLocalJWKSet(jwks);
  }
}
