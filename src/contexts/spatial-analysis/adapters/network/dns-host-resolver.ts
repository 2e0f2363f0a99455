import { lookup } from 'node:dns/promises';
import { isIpLiteral } from '../../domain/layers/network-address';
import type { HostResolver } from '../../ports/layers/host-resolver.port';

/** The system resolver, every address family; a name that does not resolve has no addresses. */
export class DnsHostResolver implements HostResolver {
  async addressesOf(host: string): Promise<string[]> {
    if (isIpLiteral(host)) return [host];
    try {
      return (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      return [];
    }
  }
}
