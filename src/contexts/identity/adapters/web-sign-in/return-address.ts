/**
 * Where the browser goes after sign-in or sign-out: a path on this server or a page of an allowed
 * origin; anything else (an open redirect) falls back to the default.
 */
export function safeReturnAddress(candidate: unknown, allowedOrigins: readonly string[], fallback: string): string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return fallback;
  if (candidate.startsWith('/') && !candidate.startsWith('//') && !candidate.includes('\\')) return candidate;
  try {
    const url = new URL(candidate);
    return allowedOrigins.includes(url.origin) ? url.href : fallback;
  } catch {
    return fallback;
  }
}
