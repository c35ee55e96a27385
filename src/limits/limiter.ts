import type { Limits } from '../auth/access.js';
import type { Principal } from '../auth/authenticator.js';
import { ChaperoneError } from '../errors.js';
import type { BucketDraw, LimitStore } from './store.js';

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
 * streams. All buckets of a request are drawn in one atomic step, all or nothing, so a refusal
 * by the key's limit does not eat into the tenant's, and one round trip serves every limit.
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
    const draws: Array<BucketDraw & { kind: 'requests' | 'tokens'; scope: Scope }> = [];
    for (const scope of scopes) {
      const { requestsPerMinute, tokensPerMinute } = scope.limits;
      if (requestsPerMinute) draws.push({ kind: 'requests', scope, key: `requests:${scope.name}`, capacity: requestsPerMinute, cost: 1 });
      if (tokensPerMinute) {
        if (estimate > tokensPerMinute) this.refuse(tenant, 'tokens', scope, 60, {}, ': this request alone needs more than the limit');
        draws.push({ kind: 'tokens', scope, key: `tokens:${scope.name}`, capacity: tokensPerMinute, cost: estimate });
      }
    }
    const result = draws.length > 0 ? await store.take(draws) : { allowed: true, tokens: [] };

    // The headers report, per kind, the bucket closest to empty.
    const headers: Record<string, string> = {};
    draws.forEach((draw, index) => {
      const tokens = result.tokens[index]!;
      const remaining = Math.max(0, Math.floor(tokens));
      const shown = headers[`x-ratelimit-remaining-${draw.kind}`];
      if (shown !== undefined && remaining >= Number(shown)) return;
      headers[`x-ratelimit-limit-${draw.kind}`] = String(draw.capacity);
      headers[`x-ratelimit-remaining-${draw.kind}`] = String(remaining);
      headers[`x-ratelimit-reset-${draw.kind}`] = duration(((draw.capacity - tokens) * 60) / draw.capacity);
    });
    if (!result.allowed) {
      const short = draws.findIndex((draw, index) => result.tokens[index]! < draw.cost);
      const draw = draws[short]!;
      this.refuse(tenant, draw.kind, draw.scope, ((draw.cost - result.tokens[short]!) * 60) / draw.capacity, headers);
    }

    const slots: string[] = [];
    const release = async () => {
      for (const key of slots) await store.release(key, lease);
    };
    for (const scope of stream ? scopes : []) {
      if (!scope.limits.concurrentStreams) continue;
      const key = `streams:${scope.name}`;
      if (!(await store.acquire(key, scope.limits.concurrentStreams, lease, this.options.streamLeaseMs))) {
        // Give back what this refused request took, so it costs the caller nothing.
        await release();
        if (draws.length > 0) await store.adjust(draws.map((entry) => ({ ...entry, cost: -entry.cost })));
        this.refuse(tenant, 'streams', scope, 1, headers);
      }
      slots.push(key);
    }

    const tokenDraws = draws.filter((draw) => draw.kind === 'tokens');
    return {
      headers,
      settle: async (actualTokens) => {
        const corrections = tokenDraws.filter((draw) => draw.cost !== actualTokens).map((draw) => ({ ...draw, cost: actualTokens - draw.cost }));
        if (corrections.length > 0) await store.adjust(corrections);
      },
      release,
    };
  }

  private refuse(tenant: string, kind: LimitKind, scope: Scope, retryAfterSeconds: number, headers: Record<string, string>, why = ''): never {
    this.options.onReject?.(tenant, kind);
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    const limit = kind === 'streams' ? 'concurrent streams' : `${kind} per minute`;
    throw new ChaperoneError('CHAPERONE_ERR_RATE_LIMITED', {
      message: `Rate limit reached for ${limit} (${scope.name.split(':')[0]})${why}. Retry after ${retryAfter} s.`,
      headers: { ...headers, 'retry-after': String(retryAfter) },
    });
  }
}
