import type { Clock } from '../../../../shared-kernel/clock';
import type { FetchJson } from './http-json';

/** The parts of the provider's discovery document identity uses. */
export interface ProviderMetadata {
  readonly issuer: string;
  readonly jwksUri: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint: string | null;
  readonly endSessionEndpoint: string | null;
}

const REDISCOVER_AFTER_MS = 60 * 60 * 1000;

const requireUrl = (document: Record<string, unknown>, field: string): string => {
  const value = document[field];
  if (typeof value !== 'string' || !/^https?:\/\//.test(value)) throw new Error(`discovery document lacks ${field}`);
  return value;
};

/**
 * `<issuer>/.well-known/openid-configuration`, fetched when first needed and refreshed hourly. The
 * document must name exactly the configured issuer (OpenID Connect Discovery §4.3).
 */
export class OpenIdDiscovery {
  private cached: { metadata: ProviderMetadata; at: number } | null = null;
  private inFlight: Promise<ProviderMetadata> | null = null;

  constructor(
    readonly issuer: string,
    private readonly fetchJson: FetchJson,
    private readonly clock: Clock,
  ) {}

  get documentUrl(): string {
    return `${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  }

  async metadata(): Promise<ProviderMetadata> {
    if (this.cached && this.clock.now().getTime() - this.cached.at < REDISCOVER_AFTER_MS) return this.cached.metadata;
    this.inFlight ??= this.discover().finally(() => {
      this.inFlight = null;
    });
    try {
      return await this.inFlight;
    } catch (error) {
      // A stale document beats none while the provider is briefly away.
      if (this.cached) return this.cached.metadata;
      throw error;
    }
  }

  /** Fetches afresh, for the readiness check. */
  async discover(): Promise<ProviderMetadata> {
    const document = (await this.fetchJson(this.documentUrl)) as Record<string, unknown>;
    if (document.issuer !== this.issuer) throw new Error(`discovery document names issuer ${String(document.issuer)}, not ${this.issuer}`);
    const optional = (field: string) => (typeof document[field] === 'string' ? (document[field] as string) : null);
    const metadata: ProviderMetadata = {
      issuer: this.issuer,
      jwksUri: requireUrl(document, 'jwks_uri'),
      authorizationEndpoint: requireUrl(document, 'authorization_endpoint'),
      tokenEndpoint: requireUrl(document, 'token_endpoint'),
      userinfoEndpoint: optional('userinfo_endpoint'),
      endSessionEndpoint: optional('end_session_endpoint'),
    };
    this.cached = { metadata, at: this.clock.now().getTime() };
    return metadata;
  }
}
