import type { Limits } from '../auth/access.js';
import type { Principal } from '../auth/authenticator.js';
import { ChaperoneError } from '../errors.js';
import type { LimitStore } from './store.js';

export type LimitFailMode = 'closed' | 'local';
export type LimitKind = 'requests' | 'tokens' | 'streams';

export interface Admission {
  /** OpenAI's x-ratelimit-* headers for the tightest limit that applies. */
  headers: Record<string, string>;
  /** Corrects the token estimate taken at admission with what the call really used. */
  settle(actualTokens: number): Promise<void>;
  /** Frees the concurrent-stream slot, if one was held. */
  release(): Promise<void>;
}

export interface LimiterOptions {
  store: LimitStore;
  /** Used instead of `store` when it fails and the fail mode is `local`. */
  fallback: LimitStore;
  failMode: LimitFailMode;
  /** Longest a stream may hold its slot if its replica dies without releasing it. */
  streamLeaseMs: number;
  onReject?: (tenant: string, limit: LimitKind) => void;
  onStoreError?: () => void;
}

interface Scope {
  name: string;
  limits: Limits;
}

interface Taken {
  key: string;
  capacity: number;
  cost: number;
}

const NO_ADMISSION: Admission = { headers: {}, settle: async () => undefined, release: async () => undefined };

/** OpenAI writes reset times as durations such as `1s` or `6m0s`. */
function duration(seconds: number): string {
  const rounded = Math.max(0, Math.ceil(seconds * 1000) / 1000);
  if (rounded < 60) return `${rounded}s`;
  return `${Math.floor(rounded / 60)}m${Math.round(rounded % 60)}s`;
}

/** A rough count before the call: four characters a token, plus the most the model may write. */
export function estimateTokens(promptCharacters: number, maxCompletion: number | null | undefined): number {
  return Math.ceil(promptCharacters / 4) + (maxCompletion ?? 256);
}

/**
 * Per-tenant and per-key limits on requests per minute, tokens per minute and concurrent
 * streams. Everything taken for a request that is then refused is given back, so a refusal by
 * the key's limit does not eat into the tenant's.
 */
export class RateLimiter {
  constructor(private readonly options: LimiterOptions) {}

  async admit(principal: Principal, estimate: number, stream: boolean, lease: string): Promise<Admission> {
    const scopes: Scope[] = [];
    if (principal.tenantLimits) scopes.push({ name: `tenant:${principal.tenant}`, limits: principal.tenantLimits });
    if (principal.keyLimits) scopes.push({ name: `key:${principal.keyId}`, limits: principal.keyLimits });
    if (scopes.length === 0) return NO_ADMISSION;
    try {
      return await this.admitWith(this.options.store, principal.tenant, scopes, estimate, stream, lease);
    } catch (error) {
      if (error instanceof ChaperoneError) throw error;
      this.options.onStoreError?.();
      if (this.options.failMode === 'closed') throw new ChaperoneError('CHAPERONE_ERR_RATE_LIMIT_UNAVAILABLE', { cause: error });
      return this.admitWith(this.options.fallback, principal.tenant, scopes, estimate, stream, lease);
    }
  }

  private async admitWith(store: LimitStore, tenant: string, scopes: Scope[], estimate: number, stream: boolean, lease: string): Promise<Admission> {
    const taken: Taken[] = [];
    const slots: string[] = [];
    const headers: Record<string, string> = {};
    const giveBack = async () => {
      for (const entry of taken) await store.adjust(entry.key, entry.capacity, -entry.cost);
      for (const key of slots) await store.release(key, lease);
    };
    const refuse = async (kind: LimitKind, scope: Scope, retryAfterSeconds: number, why = ''): Promise<never> => {
      await giveBack();
      this.options.onReject?.(tenant, kind);
      const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
      const limit = kind === 'streams' ? 'concurrent streams' : `${kind} per minute`;
      throw new ChaperoneError('CHAPERONE_ERR_RATE_LIMITED', {
        message: `Rate limit reached for ${limit} (${scope.name.split(':')[0]})${why}. Retry after ${retryAfter} s.`,
        headers: { ...headers, 'retry-after': String(retryAfter) },
      });
    };
    const bucket = async (kind: 'requests' | 'tokens', scope: Scope, capacity: number, cost: number) => {
      const key = `${kind}:${scope.name}`;
      const result = await store.take(key, capacity, cost);
      const remaining = Math.max(0, Math.floor(result.tokens));
      const tightest = headers[`x-ratelimit-remaining-${kind}`];
      if (tightest === undefined || remaining < Number(tightest)) {
        headers[`x-ratelimit-limit-${kind}`] = String(capacity);
        headers[`x-ratelimit-remaining-${kind}`] = String(remaining);
        headers[`x-ratelimit-reset-${kind}`] = duration(((capacity - result.tokens) * 60) / capacity);
      }
      if (!result.allowed) await refuse(kind, scope, ((cost - result.tokens) * 60) / capacity);
      taken.push({ key, capacity, cost });
    };

    for (const scope of scopes) {
      if (scope.limits.requestsPerMinute) await bucket('requests', scope, scope.limits.requestsPerMinute, 1);
      if (scope.limits.tokensPerMinute) {
        if (estimate > scope.limits.tokensPerMinute) {
          await refuse('tokens', scope, 60, ': this request alone needs more than the limit');
        }
        await bucket('tokens', scope, scope.limits.tokensPerMinute, estimate);
      }
      if (stream && scope.limits.concurrentStreams) {
        const key = `streams:${scope.name}`;
        if (!(await store.acquire(key, scope.limits.concurrentStreams, lease, this.options.streamLeaseMs))) {
          await refuse('streams', scope, 1);
        }
        slots.push(key);
      }
    }

    const tokenBuckets = taken.filter((entry) => entry.key.startsWith('tokens:'));
    return {
      headers,
      settle: async (actualTokens) => {
        for (const entry of tokenBuckets) {
          if (actualTokens !== entry.cost) await store.adjust(entry.key, entry.capacity, actualTokens - entry.cost);
        }
      },
      release: async () => {
        for (const key of slots) await store.release(key, lease);
      },
    };
  }
}
