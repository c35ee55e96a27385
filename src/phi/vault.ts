import { LRUCache } from 'lru-cache';
import type { Label } from './recognizers.js';

/**
 * Placeholder ↔ value pairs of one conversation: `<NAME_1>` is the same person on every turn.
 * Every change happens synchronously inside one call, so concurrent requests of the same
 * conversation cannot hand one value two placeholders or one placeholder two values.
 */
export class ConversationVault {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, { label: Label; value: string }>();
  private readonly counters = new Map<Label, number>();
  /** Values the model was allowed to see as they are (e.g. dates on most channels). */
  private readonly passed = new Set<string>();

  private static key(label: Label, value: string): string {
    return `${label}\u0000${value.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  }

  placeholderFor(label: Label, value: string): string {
    const key = ConversationVault.key(label, value);
    const known = this.byValue.get(key);
    if (known) return known;
    const next = (this.counters.get(label) ?? 0) + 1;
    this.counters.set(label, next);
    const placeholder = `<${label}_${next}>`;
    this.byValue.set(key, placeholder);
    this.byPlaceholder.set(placeholder, { label, value });
    return placeholder;
  }

  resolve(placeholder: string): { label: Label; value: string } | undefined {
    return this.byPlaceholder.get(placeholder);
  }

  notePassed(label: Label, value: string): void {
    this.passed.add(ConversationVault.key(label, value));
  }

  /** Whether the request carried this value, as a placeholder or as it is. */
  carried(label: Label, value: string): boolean {
    const key = ConversationVault.key(label, value);
    return this.passed.has(key) || this.byValue.has(key);
  }
}

/**
 * Vaults by conversation, in memory with a TTL. Without a conversation id a request gets a vault
 * of its own; the caller resends the conversation each turn and the placeholders are numbered in
 * order of first appearance, so the same history still yields the same placeholders.
 */
export class VaultStore {
  private readonly vaults: LRUCache<string, ConversationVault>;

  constructor(options: { max?: number; ttlMs?: number } = {}) {
    this.vaults = new LRUCache({ max: options.max ?? 50_000, ttl: options.ttlMs ?? 2 * 3_600_000, updateAgeOnGet: true });
  }

  forConversation(tenant: string, conversationId: string | undefined): ConversationVault {
    if (conversationId === undefined) return new ConversationVault();
    const key = `${tenant}\u0000${conversationId}`;
    let vault = this.vaults.get(key);
    if (!vault) this.vaults.set(key, (vault = new ConversationVault()));
    return vault;
  }
}
