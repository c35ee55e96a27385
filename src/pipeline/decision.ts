/**
 * What the gateway decided about one request and why. Every stage appends to the trace; the
 * audit record is this object, so nothing in it may hold message text: stages put entity types,
 * counts, scores and reasons in `detail`, never values.
 */
/** `respond`: the policy answered (refusal, clarifying question); `escalate`: a person takes over; `draft`: the model's answer goes to a person for review. */
export type DecisionAction = 'allow' | 'block' | 'respond' | 'stop' | 'escalate' | 'draft';

export type StageOutcome = 'pass' | 'rewrite' | 'block' | 'respond' | 'draft' | 'stop' | 'error';

export type TraceDetail = Record<string, string | number | boolean>;

export interface StageRecord {
  stage: string;
  direction: 'inbound' | 'outbound';
  outcome: StageOutcome;
  /** A stage that finds PHI reports it as `entities: "NAME:2,DATE:1"`: types and counts only. */
  detail?: TraceDetail;
}

export type EntityCounts = Partial<Record<StageRecord['direction'], Record<string, number>>>;

export interface DecisionInit {
  requestId: string;
  model: string;
  stream: boolean;
  tenant?: string;
  channel?: string;
  conversationId?: string;
}

export class Decision {
  readonly requestId: string;
  readonly model: string;
  readonly stream: boolean;
  readonly tenant: string;
  readonly channel: string;
  readonly conversationId: string | undefined;
  readonly startedAt = performance.now();
  action: DecisionAction = 'allow';
  reason: string | undefined;
  readonly trace: StageRecord[] = [];
  /** Set by the intent stage. */
  intent: string | undefined;
  /** Set when the request was handed to a human. */
  escalation: { id: string; reason: string; priority: string } | undefined;
  /** The model the policy routes this intent to, when it is not the caller's. */
  upstreamModel: string | undefined;
  /** Keyed hashes (never the text) of what the caller sent and what it received. */
  inputHmac: string | undefined;
  outputHmac: string | undefined;
  usage: { promptTokens: number; completionTokens: number } | undefined;
  /** Time spent waiting on the model server, so gateway overhead can be told apart. */
  upstreamMs = 0;

  constructor(init: DecisionInit) {
    this.requestId = init.requestId;
    this.model = init.model;
    this.stream = init.stream;
    this.tenant = init.tenant ?? 'default';
    this.channel = init.channel ?? 'chat';
    this.conversationId = init.conversationId;
  }

  record(entry: StageRecord): void {
    this.trace.push(entry);
  }

  /** PHI entity counts per direction and type, summed over the stages that reported them. */
  entityCounts(): EntityCounts {
    const counts: EntityCounts = {};
    for (const entry of this.trace) {
      const entities = entry.detail?.entities;
      if (typeof entities !== 'string' || entities === '') continue;
      const direction = (counts[entry.direction] ??= {});
      for (const part of entities.split(',')) {
        const [type, count] = part.split(':');
        if (type) direction[type] = (direction[type] ?? 0) + Number(count ?? 1);
      }
    }
    return counts;
  }

  /**
   * The first stage that ends the request sets the action; later ones only add to the trace.
   * A draft is not an end: a guardrail may still stop the draft's text.
   */
  conclude(action: Exclude<DecisionAction, 'allow'>, reason: string): void {
    if (this.action !== 'allow' && this.action !== 'draft') return;
    this.action = action;
    this.reason = reason;
  }
}
