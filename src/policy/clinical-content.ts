/**
 * The outbound check on what the model wrote: an automated answer must not dose, diagnose or
 * interpret results. A reply that starts to is stopped, the patient gets the policy's safe text,
 * and (when the policy says so) a nurse gets the conversation.
 */
import type { Decision } from '../pipeline/decision.js';
import { PASS_THROUGH, type FilterStep, type OutboundFilter, type OutboundStage } from '../pipeline/stage.js';
import { policyFor, type PolicyStore } from './store.js';

const RULES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'dosing', pattern: /\b(?:take|give|use|double|increase|decrease|reduce|up|lower)\b[^.!?\n]{0,40}?\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?|ml|cc|units?|tablets?|pills?|capsules?|puffs?)\b/i },
  { name: 'dosing', pattern: /\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?|ml|units?|tablets?|pills?)\b[^.!?\n]{0,30}\b(?:every|per|a|each|twice|three times|once)\s+(?:day|daily|hours?|night|morning)\b/i },
  { name: 'diagnosis', pattern: /\byou (?:probably |likely |most likely |may |might |could )?(?:have|are having|'ve got) (?:a |an )?(?:infection|pneumonia|strep|flu|covid|cancer|diabetes|a stroke|a heart attack|appendicitis|an? (?:uti|std|sti))\b/i },
  { name: 'results', pattern: /\byour (?:[a-z0-9]+ ){0,3}(?:level|result|count|reading)s? (?:is|are|looks?) (?:normal|fine|high|low|elevated|dangerous|nothing to worry about)\b/i },
];
/** Longest stretch a rule can span, so a phrase split across chunks is still seen whole. */
const HOLD_BACK_CHARS = 96;

export const OUTBOUND_VIOLATION_PREFIX = 'outbound:';
export const SAFE_REPLACEMENT = ' I can\'t give medical advice here. A nurse will follow up with you; if this is urgent, call 911.';

class ClinicalContentFilter implements OutboundFilter {
  private pending = '';

  write(text: string): FilterStep {
    this.pending += text;
    return this.release(false);
  }

  end(): FilterStep {
    return this.release(true);
  }

  private release(final: boolean): FilterStep {
    for (const rule of RULES) {
      const match = rule.pattern.exec(this.pending);
      if (!match) continue;
      // What led up to the offending sentence stays; the sentence itself never leaves.
      const before = this.pending.slice(0, match.index);
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
      this.pending = '';
      return { text: before.slice(0, sentenceStart + 1), stop: { reason: `${OUTBOUND_VIOLATION_PREFIX}${rule.name}`, detail: { rule: rule.name }, replacement: SAFE_REPLACEMENT } };
    }
    // No rule reaches across a sentence end, so finished sentences leave at once.
    const sentenceEnd = Math.max(this.pending.lastIndexOf('. '), this.pending.lastIndexOf('! '), this.pending.lastIndexOf('? '), this.pending.lastIndexOf('\n')) + 1;
    const cut = final ? this.pending.length : Math.max(0, this.pending.length - HOLD_BACK_CHARS, sentenceEnd);
    const out = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return { text: out };
  }
}

/** Runs only for requests the policy let the model answer; refusals and handoffs never reach it. */
export function clinicalContentStage(policies: PolicyStore): OutboundStage {
  return {
    name: 'clinical-content',
    open: (decision: Decision) => {
      const policy = policyFor(policies.current, decision.tenant);
      if (!policy.intents) return PASS_THROUGH;
      return new ClinicalContentFilter();
    },
  };
}
