import type { ChatMessage } from '../api/openai/types.js';
import type { Decision, TraceDetail } from './decision.js';

/** The request as inbound stages see it; a stage that rewrites returns new messages. */
export interface InboundExchange {
  readonly decision: Decision;
  readonly messages: readonly ChatMessage[];
}

export type InboundVerdict =
  | { outcome: 'pass'; detail?: TraceDetail }
  | { outcome: 'rewrite'; messages: ChatMessage[]; detail?: TraceDetail }
  /** Answer the caller without calling the model (a refusal, a handoff message); `action` says which. */
  | { outcome: 'respond'; content: string; reason: string; action?: 'respond' | 'escalate'; detail?: TraceDetail }
  /** Forward, but the caller gets the model's answer as a draft for a person to review. */
  | { outcome: 'draft'; reason: string; detail?: TraceDetail }
  /** Refuse with an OpenAI error; `message` is shown to the caller and must not quote PHI. */
  | { outcome: 'block'; reason: string; message?: string; detail?: TraceDetail };

export interface InboundStage {
  readonly name: string;
  inspect(exchange: InboundExchange): InboundVerdict | Promise<InboundVerdict>;
  /**
   * A fast, synchronous look for an emergency or crisis. Rate limits never refuse a message
   * any stage calls urgent, so a patient in danger always reaches the stage that hands off.
   */
  urgent?(messages: readonly ChatMessage[]): boolean;
}

/**
 * One step of an outbound filter: the text it lets out now. Text it received and did not let out
 * is held back and must come out of a later `write` or of `end`, unless the filter stops.
 */
export interface FilterStep {
  text: string;
  /**
   * `replacement` is the gateway's own text for the caller (a safe message), added after the
   * later filters have seen `text`: it is not model output, so it is not scanned again.
   */
  stop?: { reason: string; detail?: TraceDetail; replacement?: string };
}

/**
 * A filter sees the model's reply as a sequence of writes. A non-streamed reply is one write, so
 * a filter behaves the same on both paths and the streamed output equals the non-streamed one.
 */
export interface OutboundFilter {
  write(text: string): FilterStep | Promise<FilterStep>;
  end(): FilterStep | Promise<FilterStep>;
  /** `write(text)` then `end()` in one step, for a filter that can do both with one scan. */
  complete?(text: string): FilterStep | Promise<FilterStep>;
  /** What the filter saw, for the trace once the reply is complete. */
  summary?(): TraceDetail;
}

/** For a stage with nothing to check on this response. */
export const PASS_THROUGH: OutboundFilter = { write: (text) => ({ text }), end: () => ({ text: '' }) };

export interface OutboundStage {
  readonly name: string;
  open(decision: Decision): OutboundFilter;
}
