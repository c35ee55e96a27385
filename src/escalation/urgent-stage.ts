import { textOf } from '../upstream/translate.js';
import type { ChatMessage } from '../api/openai/types.js';
import type { InboundStage } from '../pipeline/stage.js';
import { policyFor, type PolicyStore } from '../policy/store.js';
import { detectUrgency, type UrgencyKind } from './urgency.js';

/** Used when a tenant's policy sets no replies of its own: an emergency is never left unanswered. */
export const BUILT_IN_URGENT_REPLIES: Record<UrgencyKind, string> = {
  emergency:
    'This sounds like it could be a medical emergency. Please call 911 now or go to the nearest emergency room. Do not wait for a reply here.',
  crisis:
    'You deserve support right now. Please call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time, day or night. If you are in immediate danger, call 911.',
};

/** Only the patient's newest message is the current situation; earlier turns are history. */
function latestUserText(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role === 'user') return textOf(message.content);
  }
  return '';
}

/**
 * Answers an emergency or a crisis at once with the policy's safety reply, before any other
 * guardrail and without the model, so it works when Ollama is down and is never rate limited.
 */
export function urgentStage(policies: PolicyStore): InboundStage {
  return {
    name: 'urgent',
    urgent: (messages) => detectUrgency(latestUserText(messages)) !== undefined,
    inspect: ({ decision, messages }) => {
      const found = detectUrgency(latestUserText(messages));
      if (!found) return { outcome: 'pass' };
      decision.intent = found.kind;
      const replies = policyFor(policies.current, decision.tenant).urgentReplies ?? BUILT_IN_URGENT_REPLIES;
      return { outcome: 'respond', content: replies[found.kind], reason: `${found.kind}:${found.cue}`, detail: { cue: found.cue } };
    },
  };
}
