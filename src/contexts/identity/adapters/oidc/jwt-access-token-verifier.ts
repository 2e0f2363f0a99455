import { jwtVerify, type JWTPayload } from 'jose';
import type { Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { IdentityErrors } from '../../domain/identity.errors';
import { principalFromClaims } from '../../domain/principal-claims';
import type { AccessTokenVerifier } from '../../ports/access-token-verifier.port';
import type { SigningKeys } from './signing-keys';

/** Asymmetric only: a symmetric algorithm would let anyone holding the public key sign tokens. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
const CLOCK_SKEW_SECONDS = 60;

/** jose's failure, said as the client developer needs to hear it. */
function asIdentityError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const { code, claim } = error as { code?: string; claim?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return IdentityErrors.expired();
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf') return IdentityErrors.notYetValid();
      if (claim === 'iss') return IdentityErrors.wrongIssuer();
      return IdentityErrors.claimsInvalid();
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return IdentityErrors.algorithmRefused();
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return IdentityErrors.signatureInvalid();
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return IdentityErrors.keyUnknown();
    default:
      return IdentityErrors.tokenMalformed();
  }
}

/** Keycloak names the API in `aud` (audience mapper) or, for tokens of the API's own client, in `azp`. */
const isForAudience = (payload: JWTPayload, audience: string): boolean => {
  const aud = typeof payload.aud === 'string' ? [payload.aud] : Array.isArray(payload.aud) ? payload.aud : [];
  return aud.includes(audience) || payload.azp === audience;
};

/**
 * Verifies Keycloak access tokens: signature by the provider's published keys, exact issuer,
 * `exp`/`nbf` with a minute's skew, and our audience.
 */
export class JwtAccessTokenVerifier implements AccessTokenVerifier {
  constructor(
    private readonly issuer: string,
    private readonly audience: string,
    private readonly keys: SigningKeys,
    private readonly clock: Clock,
  ) {}

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys.keyFor, {
        issuer: this.issuer,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        currentDate: this.clock.now(),
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw asIdentityError(error);
    }
    if (!isForAudience(payload, this.audience)) throw IdentityErrors.wrongAudience();
    const principal = principalFromClaims(payload);
    if (!principal) throw IdentityErrors.claimsInvalid();
    return principal;
  }
}
