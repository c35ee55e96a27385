import type { ChatMessage } from '../api/openai/types.js';
import { ChaperoneError } from '../errors.js';
import type { Escalations } from '../escalation/escalations.js';
import { detectUrgency } from '../escalation/urgency.js';
import type { InboundStage, InboundVerdict } from '../pipeline/stage.js';
import { textOf } from '../upstream/translate.js';
import { BUILT_IN_REPLIES, evaluate, handoffReply, type PolicyVerdict } from './evaluate.js';
import type { SecondOpinion } from './second-opinion.js';
import { loadedPolicyFor, type LoadedPolicy, type PolicyStore } from './store.js';

/** Only the patient's newest message is the current situation; earlier turns are history. */
export function latestUserText(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role === 'user') return textOf(message.content);
  }
  return '';
}

export function assistantReplies(messages: readonly ChatMessage[]): string[] {
  return messages.filter((message) => message.role === 'assistant').map((message) => textOf(message.content));
}

export interface PolicyStageOptions {
  policies: PolicyStore;
  escalations: Escalations;
  secondOpinion?: SecondOpinion;
}

async function decide(loaded: LoadedPolicy, text: string, previousReplies: string[], secondOpinion: SecondOpinion | undefined): Promise<PolicyVerdict> {
  const verdict = evaluate(loaded, { text, previousReplies });
  const asked = loaded.effective.intents?.secondOpinion;
  if (!asked || !secondOpinion || verdict.source !== 'similarity' || verdict.confidence >= (asked.below ?? 0.5)) return verdict;
  const catalog = loaded.effective.intents!.catalog;
  const opinion = await secondOpinion({
    model: asked.model,
    text,
    intents: Object.entries(catalog).map(([name, intent]) => ({ name, description: intent.description })),
    timeoutMs: asked.timeoutMs ?? 2000,
  });
  return opinion ? evaluate(loaded, { text, previousReplies }, opinion) : verdict;
}

/**
 * The policy's decision on every request: emergencies and crises answered at once with the
 * safety reply and an urgent handoff (never waiting on the model, never rate limited), then the
 * intent and its action: answer, draft for review, hand to a person, or refuse.
 */
export function policyStage({ policies, escalations, secondOpinion }: PolicyStageOptions): InboundStage {
  return {
    name: 'policy',
    urgent: (messages) => detectUrgency(latestUserText(messages)) !== undefined,
    inspect: async ({ decision, messages }): Promise<InboundVerdict> => {
      const set = policies.current;
      const loaded = loadedPolicyFor(set, decision.tenant);
      const policy = loaded.effective;
      const text = latestUserText(messages);
      let verdict: PolicyVerdict;
      try {
        verdict = await decide(loaded, text, assistantReplies(messages), secondOpinion);
      } catch (error) {
        const mode = policy.failModes?.intent ?? 'closed';
        if (mode === 'open') return { outcome: 'pass', detail: { failed: true, failMode: 'open' } };
        if (mode === 'closed') throw error;
        verdict = { intent: 'uncertain', confidence: 0, source: 'none', action: 'escalate', reason: 'intent-failed', escalation: { reason: 'intent-failed', priority: 'normal' }, reply: handoffReply(policy), shadow: false };
      }
      decision.intent = verdict.intent;
      const detail = { intent: verdict.intent, confidence: verdict.confidence, source: verdict.source, action: verdict.action, reason: verdict.reason };
      const urgent = verdict.escalation?.priority === 'urgent';
      // Shadow mode records what it would do; a patient in danger is still answered for real.
      if (verdict.shadow && !urgent) return { outcome: 'pass', detail: { ...detail, shadow: true } };

      switch (verdict.action) {
        case 'auto':
        case 'draft':
          decision.upstreamModel = verdict.model;
          return verdict.action === 'draft' ? { outcome: 'draft', reason: verdict.reason, detail } : { outcome: 'pass', detail };
        case 'refuse':
        case 'clarify':
          return { outcome: 'respond', content: verdict.reply ?? BUILT_IN_REPLIES.clarify, reason: verdict.reason, detail };
        case 'escalate': {
          const reply = verdict.reply ?? BUILT_IN_REPLIES.handoff;
          try {
            await escalations.open(decision, messages, verdict.escalation!, policy, set.version);
          } catch (error) {
            // The safety reply goes out even when the handoff could not be written; anything
            // less urgent is refused so the contact center routes the patient itself.
            if (!urgent) throw new ChaperoneError('CHAPERONE_ERR_ESCALATION_UNAVAILABLE', { cause: error });
            return { outcome: 'respond', action: 'escalate', content: reply, reason: verdict.reason, detail: { ...detail, handoff: 'failed' } };
          }
          return { outcome: 'respond', action: 'escalate', content: reply, reason: verdict.reason, detail: { ...detail, priority: verdict.escalation!.priority } };
        }
      }
    },
  };
}
