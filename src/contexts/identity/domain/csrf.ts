/** Methods that change nothing; every other one, made with a session cookie, needs CSRF proof. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CookieRequest {
  readonly method: string;
  readonly origin?: string;
  readonly csrfToken?: string;
}

// Equal-time comparison, so the token cannot be guessed byte by byte from response times.
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/** Double defence for cookie-authenticated writes: the Origin is one we serve, and the token matches. */
export function passesCsrfCheck(request: CookieRequest, sessionToken: string, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  if (!request.origin || !allowedOrigins.includes(request.origin)) return false;
  return request.csrfToken !== undefined && sameSecret(request.csrfToken, sessionToken);
}
