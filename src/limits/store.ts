import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A draw on a token bucket that holds `capacity` and refills `capacity` per minute. */
export interface BucketDraw {
  key: string;
  capacity: number;
  cost: number;
}

export interface DrawResult {
  /** True when every bucket held its cost; then every cost was taken, otherwise none was. */
  allowed: boolean;
  /** Tokens in each bucket after the call, in the order drawn. */
  tokens: number[];
}

export interface LimitStore {
  /** Takes every cost, or none if any bucket is short: one atomic step, so nothing needs giving back. */
  take(draws: readonly BucketDraw[]): Promise<DrawResult>;
  /** Takes (or, negative, returns) each cost unconditionally: settling an estimate with actual usage. */
  adjust(draws: readonly BucketDraw[]): Promise<void>;
  /** Holds one of `max` slots under `lease` (a concurrent stream) until released or `ttlMs` passes. */
  acquire(key: string, max: number, lease: string, ttlMs: number): Promise<boolean>;
  release(key: string, lease: string): Promise<void>;
}

const MINUTE_MS = 60_000;

/** In-process limits for a single replica, bounded in memory by an LRU of buckets. */
export class MemoryLimitStore implements LimitStore {
  private readonly buckets = new LRUCache<string, { tokens: number; at: number }>({ max: 100_000 });
  private readonly slots = new LRUCache<string, Map<string, number>>({ max: 100_000 });

  private refill(key: string, capacity: number): { tokens: number; at: number } {
    const now = Date.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) * capacity) / MINUTE_MS);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  async take(draws: readonly BucketDraw[]): Promise<DrawResult> {
    const buckets = draws.map((draw) => this.refill(draw.key, draw.capacity));
    const allowed = draws.every((draw, index) => buckets[index]!.tokens >= draw.cost);
    if (allowed) draws.forEach((draw, index) => (buckets[index]!.tokens -= draw.cost));
    return { allowed, tokens: buckets.map((bucket) => bucket.tokens) };
  }

  async adjust(draws: readonly BucketDraw[]): Promise<void> {
    for (const draw of draws) this.refill(draw.key, draw.capacity).tokens -= draw.cost;
  }

  async acquire(key: string, max: number, lease: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const held = this.slots.get(key) ?? new Map<string, number>();
    for (const [id, expires] of held) if (expires <= now) held.delete(id);
    this.slots.set(key, held);
    if (held.size >= max) return false;
    held.set(lease, now + ttlMs);
    return true;
  }

  async release(key: string, lease: string): Promise<void> {
    this.slots.get(key)?.delete(lease);
  }
}

// The same bucket as MemoryLimitStore, run inside Redis so every replica draws from one bucket
// atomically. Redis's own clock serves all replicas, so their clocks need not agree.
// ARGV: mode ('take' or 'adjust'), then a capacity and a cost per key.
const BUCKET_SCRIPT = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local tokens = {}
local allowed = 1
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i * 2])
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local level = tonumber(state[1]) or capacity
  local at = tonumber(state[2]) or now
  tokens[i] = math.min(capacity, level + (now - at) * capacity / 60000)
  if tokens[i] < tonumber(ARGV[i * 2 + 1]) then allowed = 0 end
end
if ARGV[1] == 'adjust' then allowed = 1 end
local result = { allowed }
for i, key in ipairs(KEYS) do
  if allowed == 1 then tokens[i] = tokens[i] - tonumber(ARGV[i * 2 + 1]) end
  redis.call('HSET', key, 'tokens', tostring(tokens[i]), 'at', now)
  redis.call('PEXPIRE', key, 120000)
  result[i + 1] = tostring(tokens[i])
end
return result
`;

const ACQUIRE_SCRIPT = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`;

type ScriptedRedis = Redis & {
  chaperoneBucket(keyCount: number, ...keysAndArgs: Array<string | number>): Promise<[number, ...string[]]>;
  chaperoneAcquire(key: string, max: number, lease: string, ttlMs: number): Promise<number>;
};

/** Limits shared by every replica: one Lua script per decision, so no two replicas race. */
export class RedisLimitStore implements LimitStore {
  private readonly redis: ScriptedRedis;

  // One hash tag for every limit key: a multi-key script must stay in one Redis Cluster slot.
  constructor(redis: Redis, private readonly prefix = 'chaperone:{limits}:') {
    redis.defineCommand('chaperoneBucket', { lua: BUCKET_SCRIPT });
    redis.defineCommand('chaperoneAcquire', { numberOfKeys: 1, lua: ACQUIRE_SCRIPT });
    this.redis = redis as ScriptedRedis;
  }

  private draw(mode: 'take' | 'adjust', draws: readonly BucketDraw[]) {
    return this.redis.chaperoneBucket(
      draws.length,
      ...draws.map((draw) => this.prefix + draw.key),
      mode,
      ...draws.flatMap((draw) => [draw.capacity, draw.cost]),
    );
  }

  async take(draws: readonly BucketDraw[]): Promise<DrawResult> {
    const [allowed, ...tokens] = await this.draw('take', draws);
    return { allowed: allowed === 1, tokens: tokens.map(Number) };
  }

  async adjust(draws: readonly BucketDraw[]): Promise<void> {
    await this.draw('adjust', draws);
  }

  async acquire(key: string, max: number, lease: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.chaperoneAcquire(this.prefix + key, max, lease, ttlMs)) === 1;
  }

  async release(key: string, lease: string): Promise<void> {
    await this.redis.zrem(this.prefix + key, lease);
  }
}
