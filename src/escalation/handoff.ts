/**
 * Handoffs: what a person needs to take over a conversation, and where it waits for them.
 * A handoff is written durably before the patient is told a person is coming, then delivered to
 * the tenant's webhook (retries, backoff, HMAC signature, dead letter) and listed for agents.
 */
import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../api/openai/types.js';
import type { PhiAnalyzer } from '../phi/analyzer.js';
import { maskFindings } from '../phi/findings.js';
import type { PhiLabel, Priority, WebhookPolicy } from '../policy/types.js';
import { textOf } from '../upstream/translate.js';

export type HandoffStatus = 'open' | 'claimed' | 'resolved';
export type DeliveryState = 'none' | 'pending' | 'delivered' | 'dead';

export interface TranscriptTurn {
  role: string;
  content: string;
}

export interface Handoff {
  id: string;
  tenant: string;
  /** The caller's conversation id, so an agent can pick the conversation up in the CCaaS. */
  conversationId: string | null;
  channel: string;
  priority: Priority;
  reason: string;
  intent: string | null;
  requestId: string;
  policyVersion: string;
  createdAt: string;
  /** The conversation with PHI handled as the policy's `agent` channel says. */
  transcript: TranscriptTurn[];
}

export interface HandoffRecord extends Handoff {
  status: HandoffStatus;
  claimedBy: string | null;
  claimedAt: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  delivery: { state: DeliveryState; attempts: number; lastError: string | null };
}

export class HandoffStateError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

export interface HandoffQueue {
  /** Resolves once the handoff is durable (fsynced to disk, or acknowledged by Redis). */
  enqueue(handoff: Handoff, webhook: WebhookPolicy | undefined): Promise<HandoffRecord>;
  get(tenant: string, id: string): Promise<HandoffRecord | undefined>;
  list(tenant: string, filter: HandoffFilter): Promise<HandoffRecord[]>;
  claim(tenant: string, id: string, agent: string): Promise<HandoffRecord>;
  resolve(tenant: string, id: string, agent: string, resolution: string): Promise<HandoffRecord>;
  /** Handoffs no agent has resolved yet, for the queue-depth gauge. */
  depth(): Promise<number>;
  close(): Promise<void>;
}

export function newHandoffId(): string {
  return `esc_${randomUUID().replaceAll('-', '')}`;
}

export function openRecord(handoff: Handoff, webhook: WebhookPolicy | undefined): HandoffRecord {
  return {
    ...handoff,
    status: 'open',
    claimedBy: null,
    claimedAt: null,
    resolvedBy: null,
    resolvedAt: null,
    resolution: null,
    delivery: { state: webhook ? 'pending' : 'none', attempts: 0, lastError: null },
  };
}

/** The one place a status changes, so both queues refuse the same transitions the same way. */
export function transition(record: HandoffRecord, change: { to: 'claimed'; agent: string } | { to: 'resolved'; agent: string; resolution: string }, now = new Date()): HandoffRecord {
  if (change.to === 'claimed') {
    if (record.status === 'resolved') throw new HandoffStateError('conflict', `escalation ${record.id} is already resolved`);
    if (record.status === 'claimed' && record.claimedBy !== change.agent) throw new HandoffStateError('conflict', `escalation ${record.id} is claimed by another agent`);
    return { ...record, status: 'claimed', claimedBy: change.agent, claimedAt: record.claimedAt ?? now.toISOString() };
  }
  if (record.status === 'resolved') throw new HandoffStateError('conflict', `escalation ${record.id} is already resolved`);
  if (record.status !== 'claimed' || record.claimedBy !== change.agent) throw new HandoffStateError('conflict', `escalation ${record.id} must be claimed by this agent before it is resolved`);
  return { ...record, status: 'resolved', resolvedBy: change.agent, resolvedAt: now.toISOString(), resolution: change.resolution };
}

/** Keeps the PHI types the agent channel may see and masks the rest, turn by turn. */
export function agentTranscript(messages: readonly ChatMessage[], analyzer: PhiAnalyzer, allowed: readonly PhiLabel[]): TranscriptTurn[] {
  const visible = new Set<string>(allowed);
  return messages
    .filter((message) => message.role === 'user' || message.role === 'assistant')
    .map((message) => {
      const text = textOf(message.content);
      return { role: message.role, content: maskFindings(text, analyzer.analyze(text).filter((finding) => !visible.has(finding.label))) };
    });
}

export interface HandoffFilter {
  status?: HandoffStatus;
  delivery?: DeliveryState;
  limit: number;
}

/**
 * What both queues share: listing, and claiming and resolving through `transition`. A queue
 * supplies how it reads a tenant's records and how it applies one change atomically.
 */
export abstract class HandoffStore implements HandoffQueue {
  abstract enqueue(handoff: Handoff, webhook: WebhookPolicy | undefined): Promise<HandoffRecord>;
  abstract get(tenant: string, id: string): Promise<HandoffRecord | undefined>;
  abstract depth(): Promise<number>;
  abstract close(): Promise<void>;
  protected abstract recordsOf(tenant: string): Promise<HandoffRecord[]>;
  /** Applies `apply` to the record atomically; rejects with not_found when the tenant has no such record. */
  protected abstract change(id: string, apply: (record: HandoffRecord) => HandoffRecord, tenant?: string): Promise<HandoffRecord>;

  async list(tenant: string, filter: HandoffFilter): Promise<HandoffRecord[]> {
    return (await this.recordsOf(tenant)).filter((record) => matchesFilter(record, filter)).sort(byUrgency).slice(0, filter.limit);
  }

  claim(tenant: string, id: string, agent: string): Promise<HandoffRecord> {
    return this.change(id, (record) => transition(record, { to: 'claimed', agent }), tenant);
  }

  resolve(tenant: string, id: string, agent: string, resolution: string): Promise<HandoffRecord> {
    return this.change(id, (record) => transition(record, { to: 'resolved', agent, resolution }), tenant);
  }
}

function matchesFilter(record: HandoffRecord, filter: { status?: HandoffStatus; delivery?: DeliveryState }): boolean {
  return (filter.status === undefined || record.status === filter.status) && (filter.delivery === undefined || record.delivery.state === filter.delivery);
}

/** Urgent first, then oldest first: the order an agent should work the list. */
function byUrgency(a: HandoffRecord, b: HandoffRecord): number {
  const rank: Record<Priority, number> = { urgent: 0, high: 1, normal: 2 };
  return rank[a.priority] - rank[b.priority] || a.createdAt.localeCompare(b.createdAt);
}
