/** Resolves a host name to every address it has (A and AAAA), for checking where a URL really goes. */
export interface HostResolver {
  addressesOf(host: string): Promise<string[]>;
}

export const HOST_RESOLVER: unique symbol = Symbol('HostResolver');
