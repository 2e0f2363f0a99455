import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { isIpLiteral, isPublicAddress } from './network-address';
import { LayerErrors } from './layer.errors';

const LOCAL_NAMES = /(^|\.)(localhost|localdomain|local|internal|intranet|home\.arpa)$/i;

/**
 * First line of the SSRF defence for external raster services: http(s) only, no credentials in the
 * URL, no local names, no non-public IP literals. Names are resolved and checked again afterwards.
 */
export function checkedRasterUrl(raw: string): Result<URL, DomainError> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(LayerErrors.rasterUrlRejected('it is not a URL'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err(LayerErrors.rasterUrlRejected('only http and https are allowed'));
  if (url.username || url.password) return err(LayerErrors.rasterUrlRejected('credentials in the URL are not allowed'));
  const host = url.hostname.replace(/\.$/, '');
  if (host.length === 0) return err(LayerErrors.rasterUrlRejected('it has no host'));
  if (isIpLiteral(host)) {
    return isPublicAddress(host) ? ok(url) : err(LayerErrors.rasterUrlRejected('it points at a private, loopback or link-local address'));
  }
  if (LOCAL_NAMES.test(host) || !host.includes('.')) return err(LayerErrors.rasterUrlRejected('it points at a local host name'));
  return ok(url);
}

/** The resolved addresses of the host: every one must be public. */
export function checkedResolution(addresses: readonly string[]): Result<void, DomainError> {
  if (addresses.length === 0) return err(LayerErrors.rasterUrlRejected('its host name does not resolve'));
  if (addresses.some((address) => !isPublicAddress(address))) {
    return err(LayerErrors.rasterUrlRejected('its host name resolves to a private, loopback or link-local address'));
  }
  return ok(undefined);
}
