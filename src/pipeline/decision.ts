/**
 * What the gateway decided about one request and why. Every stage appends to the trace; the
 * audit record is this object, so nothing in it may hold message text: stages put entity types,
 * counts, scores and reasons in `detail`, never values.
 */
export type DecisionAction = 'allow' | 'block' | 'respond' | 'stop';

export type StageOutcome = 'pass' | 'rewrite' | 'block' | 'respond' | 'stop' | 'error';

export type TraceDetail = Record<string, string | number | boolean>;

export interface StageRecord {
  stage: string;
  direction: 'inbound' | 'outbound';
  outcome: StageOutcome;
  detail?: TraceDetail;
}

export interface DecisionInit {
  requestId: string;
  route: string;
  model: string;
  stream: boolean;
  tenant?: string;
  channel?: string;
  conversationId?: string;
}

export class Decision {
  readonly requestId: string;
  readonly route: string;
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
  /** Keyed hashes (never the text) of what the caller sent and what it received. */
  inputHmac: string | undefined;
  outputHmac: string | undefined;
  usage: { promptTokens: number; completionTokens: number } | undefined;
  /** Time spent waiting on the model server, so gateway overhead can be told apart. */
  upstreamMs = 0;

  constructor(init: DecisionInit) {
    this.requestId = init.requestId;
    this.route = init.route;
    this.model = init.model;
    this.stream = init.stream;
    this.tenant = init.tenant ?? 'default';
    this.channel = init.channel ?? 'chat';
    this.conversationId = init.conversationId;
  }

  record(entry: StageRecord): void {
    this.trace.push(entry);
  }

  /** The first stage that ends the request sets the action; later ones only add to the trace. */
  conclude(action: Exclude<DecisionAction, 'allow'>, reason: string): void {
    if (this.action !== 'allow') return;
    this.action = action;
    this.reason = reason;
  }
}
