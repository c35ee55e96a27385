import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Label } from './recognizers.js';

export interface VaultItem {
  label: Label;
  value: string;
}

/**
 * Placeholder ↔ value pairs of one conversation: `<NAME_1>` is the same person on every turn.
 * Each call takes a batch, so a request makes one round trip whatever it holds, and assignment
 * is atomic: concurrent requests of one conversation never give one value two placeholders or
 * one placeholder two values.
 */
export interface Vault {
  placeholders(items: readonly VaultItem[]): Promise<string[]>;
  /** Values the model was allowed to see as they are (e.g. dates on most channels). */
  notePassed(items: readonly VaultItem[]): Promise<void>;
  resolve(placeholders: readonly string[]): Promise<Array<VaultItem | undefined>>;
  /** Whether the request carried each value, as a placeholder or as it is. */
  carried(items: readonly VaultItem[]): Promise<boolean[]>;
}

function normalized({ label, value }: VaultItem): string {
  return `${label}\u0000${value.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export class MemoryVault implements Vault {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, VaultItem>();
  private readonly counters = new Map<Label, number>();
  private readonly passed = new Set<string>();

  async placeholders(items: readonly VaultItem[]): Promise<string[]> {
    return items.map((item) => {
      const key = normalized(item);
      const known = this.byValue.get(key);
      if (known) return known;
      const next = (this.counters.get(item.label) ?? 0) + 1;
      this.counters.set(item.label, next);
      const placeholder = `<${item.label}_${next}>`;
      this.byValue.set(key, placeholder);
      this.byPlaceholder.set(placeholder, item);
      return placeholder;
    });
  }

  async notePassed(items: readonly VaultItem[]): Promise<void> {
    for (const item of items) this.passed.add(normalized(item));
  }

  async resolve(placeholders: readonly string[]): Promise<Array<VaultItem | undefined>> {
    return placeholders.map((placeholder) => this.byPlaceholder.get(placeholder));
  }

  async carried(items: readonly VaultItem[]): Promise<boolean[]> {
    return items.map((item) => this.passed.has(normalized(item)) || this.byValue.has(normalized(item)));
  }
}

// Assigns placeholders for a batch in one atomic step: an existing assignment wins, a new one
// takes the next number of its label. Values arrive as keyed hashes and ciphertext only.
const ASSIGN = `
local out = {}
for i = 2, #ARGV, 3 do
  local field = 'v:' .. ARGV[i]
  local placeholder = redis.call('HGET', KEYS[1], field)
  if not placeholder then
    local n = redis.call('HINCRBY', KEYS[1], 'n:' .. ARGV[i + 1], 1)
    placeholder = '<' .. ARGV[i + 1] .. '_' .. n .. '>'
    redis.call('HSET', KEYS[1], field, placeholder, 'p:' .. placeholder, ARGV[i + 2])
  end
  out[#out + 1] = placeholder
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return out`;

/**
 * The vault of every replica, in Redis: one hash per conversation with an idle TTL. Values are
 * stored AES-256-GCM encrypted and looked up by keyed hash, so Redis (and its backups) never
 * hold PHI in the clear.
 */
export class RedisVault implements Vault {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly secret: { encryption: Buffer; lookup: Buffer },
    private readonly ttlMs: number,
  ) {}

  private lookup(item: VaultItem): string {
    return createHmac('sha256', this.secret.lookup).update(normalized(item)).digest('base64url');
  }

  private encrypt(item: VaultItem): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.secret.encryption, iv);
    // The conversation key is authenticated data: a ciphertext copied to another conversation does not open.
    cipher.setAAD(Buffer.from(this.key));
    const body = Buffer.concat([cipher.update(JSON.stringify(item), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  private decrypt(sealed: string): VaultItem {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.secret.encryption, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(this.key));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as VaultItem;
  }

  async placeholders(items: readonly VaultItem[]): Promise<string[]> {
    if (items.length === 0) return [];
    const args = items.flatMap((item) => [this.lookup(item), item.label, this.encrypt(item)]);
    return (await this.redis.eval(ASSIGN, 1, this.key, String(this.ttlMs), ...args)) as string[];
  }

  async notePassed(items: readonly VaultItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.redis.multi().hset(this.key, ...items.flatMap((item) => [`s:${this.lookup(item)}`, '1'])).pexpire(this.key, this.ttlMs).exec();
  }

  async resolve(placeholders: readonly string[]): Promise<Array<VaultItem | undefined>> {
    if (placeholders.length === 0) return [];
    const sealed = await this.redis.hmget(this.key, ...placeholders.map((placeholder) => `p:${placeholder}`));
    return sealed.map((value) => (value === null ? undefined : this.decrypt(value)));
  }

  async carried(items: readonly VaultItem[]): Promise<boolean[]> {
    if (items.length === 0) return [];
    const fields = items.flatMap((item) => {
      const lookup = this.lookup(item);
      return [`s:${lookup}`, `v:${lookup}`];
    });
    const found = await this.redis.hmget(this.key, ...fields);
    return items.map((_, index) => found[index * 2] !== null || found[index * 2 + 1] !== null);
  }
}

const DEFAULT_TTL_MS = 2 * 3_600_000;

/**
 * Vaults by conversation: in Redis when the gateway has it (every replica sees the same
 * placeholders), else in memory with an idle TTL. Without a conversation id a request gets a
 * vault of its own; the caller resends the conversation each turn and placeholders are numbered
 * in order of first appearance, so the same history still yields the same placeholders.
 */
export class VaultStore {
  private readonly vaults = new LRUCache<string, MemoryVault>({ max: 50_000, ttl: DEFAULT_TTL_MS, updateAgeOnGet: true });
  private readonly secret: { encryption: Buffer; lookup: Buffer } | undefined;

  /** `masterKey` (the audit HMAC key) yields the vault's own encryption and lookup keys. */
  constructor(private readonly redis?: { client: Redis; masterKey: Buffer }) {
    this.secret = redis && {
      encryption: Buffer.from(hkdfSync('sha256', redis.masterKey, Buffer.alloc(0), 'chaperone vault encryption', 32)),
      lookup: Buffer.from(hkdfSync('sha256', redis.masterKey, Buffer.alloc(0), 'chaperone vault lookup', 32)),
    };
  }

  forConversation(tenant: string, conversationId: string | undefined): Vault {
    if (conversationId === undefined) return new MemoryVault();
    const conversation = `${tenant}\u0000${conversationId}`;
    if (this.redis && this.secret) {
      const key = `chaperone:vault:${createHash('sha256').update(conversation).digest('hex')}`;
      return new RedisVault(this.redis.client, key, this.secret, DEFAULT_TTL_MS);
    }
    let vault = this.vaults.get(conversation);
    if (!vault) this.vaults.set(conversation, (vault = new MemoryVault()));
    return vault;
  }
}
