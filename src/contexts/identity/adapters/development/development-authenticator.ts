import type { Principal } from '../../../../shared-kernel/principal';
import { DEVELOPMENT_USER } from '../../domain/development-user';
import type { Authenticator } from '../../ports/authenticator.port';

export class DevelopmentAuthenticator implements Authenticator {
  async authenticate(): Promise<Principal> {
    return DEVELOPMENT_USER;
  }
}
