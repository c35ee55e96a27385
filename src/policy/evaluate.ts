/**
 * Turns one patient message into the policy's decision: which intent, what the assistant may do,
 * and whether a person takes over. Pure and synchronous, so the gateway, `chaperone policy
 * explain` and `chaperone policy test` reach the same decision for the same message.
 */
import { UNCERTAIN, type Classification } from './intents.js';
import type { LoadedPolicy } from './store.js';
import type { Policy, Priority } from './types.js';

export type VerdictAction = 'auto' | 'draft' | 'escalate' | 'refuse' | 'clarify';

export interface PolicyVerdict {
  intent: string;
  confidence: number;
  source: Classification['source'] | 'second-opinion' | 'none';
  action: VerdictAction;
  /** Why, in the trace's words: `intent:scheduling`, `emergency:chest-pain`, `repeated-unresolved`. */
  reason: string;
  /** Set when a person takes over. */
  escalation?: { reason: string; priority: Priority };
  /** What the patient is told instead of a model answer (refuse, clarify, escalate). */
  reply?: string;
  /** The model an `auto` or `draft` intent names; the caller's when absent. */
  model?: string;
  /** Shadow policies decide and record, but the gateway forwards as if they had allowed. */
  shadow: boolean;
}

export interface EvaluationInput {
  text: string;
  /** The assistant's earlier replies in this conversation, oldest first. */
  previousReplies?: readonly string[];
}

/** Used when a policy sets no text of its own: a patient is never left without an answer. */
export const BUILT_IN_REPLIES = {
  emergency:
    'This sounds like it could be a medical emergency. Please call 911 now or go to the nearest emergency room. Do not wait for a reply here.',
  crisis:
    'You deserve support right now. Please call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time, day or night. If you are in immediate danger, call 911.',
  handoff: "Thank you. I'm connecting you with a member of our team, who will pick up this conversation shortly.",
  clarify: 'Could you tell me a little more about what you need help with?',
} as const;

/** What the patient reads when a person takes over: the policy's words, or the built-in ones. */
export function handoffReply(policy: Policy): string {
  return policy.escalation?.handoffMessage ?? BUILT_IN_REPLIES.handoff;
}

/** The schema's default too; the loader fills it in, this covers a policy built in code. */
export const DEFAULT_INTENT_THRESHOLD = 0.35;
const DEFAULT_REPEATED_UNRESOLVED = 3;

/**
 * How many of the assistant's latest replies in a row left the patient unresolved (a clarifying
 * question or a refusal). Read from the conversation the caller sends, so every replica agrees.
 */
function unresolvedStreak(previousReplies: readonly string[], unresolvedReplies: ReadonlySet<string>): number {
  let streak = 0;
  for (let index = previousReplies.length - 1; index >= 0 && unresolvedReplies.has(previousReplies[index]!.trim()); index--) streak++;
  return streak;
}

export function evaluate(loaded: LoadedPolicy, input: EvaluationInput, override?: Classification): PolicyVerdict {
  const policy = loaded.effective;
  const shadow = policy.shadow === true;
  const intents = policy.intents;
  const escalation = policy.escalation ?? {};
  const handoff = handoffReply(policy);
  const classification = override ?? loaded.classifier?.classify(input.text, intents?.threshold ?? DEFAULT_INTENT_THRESHOLD);
  if (!classification) return { intent: UNCERTAIN, confidence: 0, source: 'none', action: 'auto', reason: 'no-intents', shadow };
  const base = { intent: classification.intent, confidence: classification.confidence, source: override ? ('second-opinion' as const) : classification.source, shadow };

  if (classification.source === 'lexicon' && (classification.intent === 'emergency' || classification.intent === 'crisis')) {
    const kind = classification.intent;
    const reason = `${kind}:${classification.cue ?? 'lexicon'}`;
    const reply = intents?.catalog[kind]?.reply ?? BUILT_IN_REPLIES[kind];
    return { ...base, action: 'escalate', reason, escalation: { reason, priority: 'urgent' }, reply };
  }

  const clarifyReply = intents?.uncertain?.reply ?? BUILT_IN_REPLIES.clarify;
  const unresolvedReplies = new Set([clarifyReply, ...Object.values(intents?.catalog ?? {}).filter((intent) => intent.action === 'refuse').map((intent) => intent.reply ?? '')].map((reply) => reply.trim()));
  const streak = unresolvedStreak(input.previousReplies ?? [], unresolvedReplies);
  const repeatedLimit = escalation.repeatedUnresolved ?? DEFAULT_REPEATED_UNRESOLVED;
  const handOff = (reason: string, priority: Priority = 'normal'): PolicyVerdict => ({ ...base, action: 'escalate', reason, escalation: { reason, priority }, reply: handoff });
  const unresolved = (verdict: PolicyVerdict): PolicyVerdict => (repeatedLimit > 0 && streak + 1 >= repeatedLimit ? handOff('repeated-unresolved') : verdict);

  if (classification.intent === UNCERTAIN) {
    const askedAlready = (input.previousReplies ?? []).at(-1)?.trim() === clarifyReply.trim();
    if (intents?.uncertain?.action === 'escalate' || ((escalation.lowConfidence ?? true) && askedAlready)) return handOff('low-confidence');
    return unresolved({ ...base, action: 'clarify', reason: 'low-confidence', reply: clarifyReply });
  }

  const intent = intents?.catalog[classification.intent];
  const reason = `intent:${classification.intent}`;
  if (!intent) return { ...base, action: 'auto', reason };
  switch (intent.action) {
    case 'escalate':
      return { ...base, action: 'escalate', reason, escalation: { reason, priority: intent.priority ?? 'normal' }, reply: intent.reply ?? handoff };
    case 'refuse':
      return unresolved({ ...base, action: 'refuse', reason, reply: intent.reply });
    case 'auto':
    case 'draft':
      return { ...base, action: intent.action, reason, model: intent.model };
  }
}
