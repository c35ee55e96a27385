import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A token bucket that holds `capacity` and refills `capacity` per minute. */
export interface BucketResult {
  allowed: boolean;
  /** Tokens left after this call (may be negative after a settlement). */
  tokens: number;
}

export interface LimitStore {
  /** Takes `cost` if the bucket holds that much. */
  take(key: string, capacity: number, cost: number): Promise<BucketResult>;
  /** Takes (or, negative, returns) `cost` unconditionally: settling an estimate with actual usage. */
  adjust(key: string, capacity: number, cost: number): Promise<void>;
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

  async take(key: string, capacity: number, cost: number): Promise<BucketResult> {
    const bucket = this.refill(key, capacity);
    if (bucket.tokens < cost) return { allowed: false, tokens: bucket.tokens };
    bucket.tokens -= cost;
    return { allowed: true, tokens: bucket.tokens };
  }

  async adjust(key: string, capacity: number, cost: number): Promise<void> {
    this.refill(key, capacity).tokens -= cost;
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
const BUCKET_SCRIPT = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local capacity = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + (now - at) * capacity / 60000)
local allowed = 0
if ARGV[3] == 'adjust' or tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], 120000)
return { allowed, tostring(tokens) }
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
  chaperoneBucket(key: string, capacity: number, cost: number, mode: string): Promise<[number, string]>;
  chaperoneAcquire(key: string, max: number, lease: string, ttlMs: number): Promise<number>;
};

/** Limits shared by every replica: one Lua script per decision, so no two replicas race. */
export class RedisLimitStore implements LimitStore {
  private readonly redis: ScriptedRedis;

  constructor(redis: Redis, private readonly prefix = 'chaperone:limits:') {
    redis.defineCommand('chaperoneBucket', { numberOfKeys: 1, lua: BUCKET_SCRIPT });
    redis.defineCommand('chaperoneAcquire', { numberOfKeys: 1, lua: ACQUIRE_SCRIPT });
    this.redis = redis as ScriptedRedis;
  }

  async take(key: string, capacity: number, cost: number): Promise<BucketResult> {
    const [allowed, tokens] = await this.redis.chaperoneBucket(this.prefix + key, capacity, cost, 'take');
    return { allowed: allowed === 1, tokens: Number(tokens) };
  }

  async adjust(key: string, capacity: number, cost: number): Promise<void> {
    await this.redis.chaperoneBucket(this.prefix + key, capacity, cost, 'adjust');
  }

  async acquire(key: string, max: number, lease: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.chaperoneAcquire(this.prefix + key, max, lease, ttlMs)) === 1;
  }

  async release(key: string, lease: string): Promise<void> {
    await this.redis.zrem(this.prefix + key, lease);
  }
}
