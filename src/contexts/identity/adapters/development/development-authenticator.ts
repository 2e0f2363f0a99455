import type { Principal } from '../../../../shared-kernel/principal';
import type { ProvisionUser } from '../../application/provision-user.use-case';
import { DEVELOPMENT_USER } from '../../domain/development-user';
import type { Authenticator } from '../../ports/authenticator.port';

/** Without an identity provider every request is the development user (loopback only; see main.ts). */
export class DevelopmentAuthenticator implements Authenticator {
  constructor(private readonly provisionUser?: ProvisionUser) {}

  async authenticate(): Promise<Principal> {
    await this.provisionUser?.execute(DEVELOPMENT_USER);
    return DEVELOPMENT_USER;
  }
}
