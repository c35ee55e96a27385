import type { ChatMessage } from '../api/openai/types.js';
import { ChaperoneError } from '../errors.js';
import type { Decision } from './decision.js';
import type { FilterStep, InboundStage, OutboundFilter, OutboundStage } from './stage.js';

export type InboundResult =
  | { kind: 'forward'; messages: readonly ChatMessage[] }
  | { kind: 'respond'; content: string };

/**
 * Fail closed: a guardrail that throws stops the request rather than letting it through
 * unchecked. A stage that refuses on purpose throws its own ChaperoneError, which the caller gets.
 */
function guardrailFailure(decision: Decision, stage: string, direction: 'inbound' | 'outbound', cause: unknown): ChaperoneError {
  decision.record({ stage, direction, outcome: 'error' });
  decision.conclude('block', `${stage} failed`);
  return cause instanceof ChaperoneError ? cause : new ChaperoneError('CHAPERONE_ERR_GUARDRAIL_FAILED', { cause });
}

export class Pipeline {
  constructor(
    private readonly inbound: readonly InboundStage[] = [],
    private readonly outbound: readonly OutboundStage[] = [],
  ) {}

  isUrgent(messages: readonly ChatMessage[]): boolean {
    return this.inbound.some((stage) => stage.urgent?.(messages) === true);
  }

  get hasOutbound(): boolean {
    return this.outbound.length > 0;
  }

  async runInbound(decision: Decision, messages: readonly ChatMessage[]): Promise<InboundResult> {
    let current = messages;
    for (const stage of this.inbound) {
      let verdict;
      try {
        verdict = await stage.inspect({ decision, messages: current });
      } catch (error) {
        throw guardrailFailure(decision, stage.name, 'inbound', error);
      }
      decision.record({ stage: stage.name, direction: 'inbound', outcome: verdict.outcome, detail: verdict.detail });
      switch (verdict.outcome) {
        case 'pass':
          break;
        case 'rewrite':
          current = verdict.messages;
          break;
        case 'draft':
          decision.conclude('draft', verdict.reason);
          break;
        case 'respond':
          decision.conclude(verdict.action ?? 'respond', verdict.reason);
          return { kind: 'respond', content: verdict.content };
        case 'block':
          decision.conclude('block', verdict.reason);
          throw new ChaperoneError('CHAPERONE_ERR_REQUEST_BLOCKED', { message: verdict.message });
      }
    }
    return { kind: 'forward', messages: current };
  }

  openOutbound(decision: Decision): OutboundChain {
    return new OutboundChain(
      decision,
      this.outbound.map((stage) => ({ name: stage.name, filter: stage.open(decision) })),
    );
  }
}

/**
 * The outbound filters in order: what one lets out is what the next one receives. After a stop
 * the chain lets nothing more out, so a stopped stream cannot leak a held-back tail.
 */
export class OutboundChain {
  private stopped = false;

  constructor(
    private readonly decision: Decision,
    private readonly filters: ReadonlyArray<{ name: string; filter: OutboundFilter }>,
  ) {}

  write(text: string): Promise<FilterStep> {
    return this.pass(text, false);
  }

  /**
   * Flushes every filter in order: a filter's held tail passes through the filters after it.
   * A whole (non-streamed) reply comes as `text`, so each filter sees it in one piece.
   */
  end(text = ''): Promise<FilterStep> {
    return this.pass(text, true);
  }

  /**
   * A filter that stops may still let out text (what preceded the violation, or a replacement);
   * the filters after it see that text as their last write, so no filter is bypassed.
   */
  private async pass(text: string, ending: boolean): Promise<FilterStep> {
    if (this.stopped) return { text: '' };
    let current = text;
    let stop: FilterStep['stop'];
    for (const { name, filter } of this.filters) {
      const finishing = ending || stop !== undefined;
      let step: FilterStep;
      try {
        step = finishing ? await flush(filter, current) : await filter.write(current);
      } catch (error) {
        this.stopped = true;
        throw guardrailFailure(this.decision, name, 'outbound', error);
      }
      if (step.stop) {
        this.decision.record({ stage: name, direction: 'outbound', outcome: 'stop', detail: step.stop.detail });
        this.decision.conclude('stop', step.stop.reason);
        stop ??= step.stop;
      } else if (finishing) {
        this.decision.record({ stage: name, direction: 'outbound', outcome: 'pass', detail: filter.summary?.() });
      }
      current = step.text;
    }
    if (stop) this.stopped = true;
    return stop ? { text: current + (stop.replacement ?? ''), stop } : { text: current };
  }
}

async function flush(filter: OutboundFilter, text: string): Promise<FilterStep> {
  if (filter.complete) return filter.complete(text);
  const written = text === '' ? { text: '' } : await filter.write(text);
  if (written.stop) return written;
  const ended = await filter.end();
  return ended.stop ? { text: written.text + ended.text, stop: ended.stop } : { text: written.text + ended.text };
}
