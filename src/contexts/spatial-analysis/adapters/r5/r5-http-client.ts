import { DomainError } from '../../../../shared-kernel/domain-error';
import { UpstreamFailureError, UpstreamTimeoutError } from '../../../../shared-kernel/infrastructure-errors';
import type { R5AnalysisRequest } from './r5-analysis-request';

export interface R5HttpOptions {
  readonly url: string;
  readonly authorization?: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

/** Backoff when a 202 comes without Retry-After: 1 s, 2 s, 4 s … capped at 10 s (as analysis-ui). */
const backoffMs = (attempt: number): number => Math.min(1000 * 2 ** attempt, 10_000);

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const timedOut = (timeoutMs: number, details?: Record<string, unknown>) =>
  new UpstreamTimeoutError('routing.r5-timeout', `r5 did not answer within ${Math.round(timeoutMs / 1000)} s.`, details);

/** r5 reports task errors as `{message}`, a list of `{title, messages}`, or plain text. */
export function r5ErrorMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (Array.isArray(parsed)) {
      const parts = parsed.map((e: { title?: unknown; messages?: unknown }) =>
        [e.title, ...(Array.isArray(e.messages) ? e.messages : [])].filter((s) => typeof s === 'string').join(': '),
      );
      if (parts.some(Boolean)) return parts.filter(Boolean).join('; ');
    } else if (parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string') {
      return (parsed as { message: string }).message;
    }
  } catch {
    // not JSON: fall through to the text itself
  }
  return body.trim().slice(0, 500) || 'no message';
}

/**
 * POSTs one analysis to r5 and returns the (gunzipped) grid bytes. Retries 202s with backoff, honouring
 * Retry-After, within one deadline of `timeoutMs` for the whole exchange. Throws typed upstream errors.
 */
export class R5HttpClient {
  constructor(private readonly options: R5HttpOptions) {}

  async analyse(request: R5AnalysisRequest): Promise<Uint8Array> {
    const { timeoutMs, maxRetries } = this.options;
    const deadline = Date.now() + timeoutMs;
    let lastMessage: string | undefined;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(request, deadline);
      if (outcome.kind === 'grid') return outcome.bytes;
      lastMessage = outcome.message;
      if (attempt >= maxRetries) {
        throw timedOut(timeoutMs, { attempts: attempt + 1, r5Message: lastMessage, reason: 'still not ready after the allowed retries' });
      }
      const wait = outcome.retryAfterMs ?? backoffMs(attempt);
      // Fail now rather than sleep into the deadline when r5 asks for longer than we have left.
      if (wait >= deadline - Date.now()) throw timedOut(timeoutMs, { attempts: attempt + 1, r5Message: lastMessage });
      await sleep(wait);
    }
  }

  private async attempt(request: R5AnalysisRequest, deadline: number): Promise<{ kind: 'grid'; bytes: Uint8Array } | { kind: 'retry'; message: string; retryAfterMs?: number }> {
    const { url, authorization, timeoutMs } = this.options;
    const signal = AbortSignal.timeout(Math.max(deadline - Date.now(), 1));
    let response: Response;
    try {
      response = await fetch(`${url}/api/analysis`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // r5's broker reads Accept unconditionally: without it every call fails with a 400.
          Accept: 'application/octet-stream',
          'Accept-Encoding': 'gzip',
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify(request),
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw timedOut(timeoutMs);
      throw new UpstreamFailureError('routing.r5-unreachable', 'r5 could not be reached.', { cause: causeOf(error) });
    }
    try {
      if (response.status === 200) return { kind: 'grid', bytes: new Uint8Array(await response.arrayBuffer()) };
      const text = await response.text();
      if (response.status === 202) return { kind: 'retry', message: r5ErrorMessage(text), retryAfterMs: retryAfterMs(response.headers.get('retry-after'), Date.now()) };
      const r5Message = r5ErrorMessage(text);
      if (response.status === 400) {
        throw new UpstreamFailureError('routing.r5-rejected', `r5 rejected the analysis: ${r5Message}`, { status: 400, r5Message });
      }
      throw new UpstreamFailureError('routing.r5-failed', `r5 failed with status ${response.status}.`, { status: response.status, r5Message });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (signal.aborted) throw timedOut(timeoutMs);
      // The body broke off or did not gunzip.
      throw new UpstreamFailureError('routing.r5-bad-response', 'r5 sent an incomplete or corrupt answer.', { cause: causeOf(error) });
    }
  }
}

const causeOf = (error: unknown): string => {
  const inner = (error as { cause?: { code?: string; message?: string } })?.cause;
  return inner?.code ?? inner?.message ?? (error instanceof Error ? error.message : String(error));
};
