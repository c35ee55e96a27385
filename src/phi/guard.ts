/**
 * PHI protection on the request path. Inbound: every message is scanned (results cached by
 * content) and each PHI type the channel may not show the model is pseudonymized into the
 * conversation's vault, masked, hashed, or refused, as the policy says. Outbound: placeholders in
 * the reply are restored only where the channel lets that type reach the patient, and PHI the
 * request did not carry is redacted. Streams hold back only a bounded window, so an identifier
 * split across chunks never leaks a byte.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ChatMessage } from '../api/openai/types.js';
import { ChaperoneError } from '../errors.js';
import type { Decision } from '../pipeline/decision.js';
import { PASS_THROUGH, type FilterStep, type InboundStage, type InboundVerdict, type OutboundFilter, type OutboundStage } from '../pipeline/stage.js';
import { policyFor, type PolicyStore } from '../policy/store.js';
import type { Escalations } from '../escalation/escalations.js';
import { handoffReply } from '../policy/evaluate.js';
import { channelPolicy, type Policy } from '../policy/types.js';
import { PhiAnalyzer, type PhiDetector } from './analyzer.js';
import { mergeFindings, unclaimed, type Finding } from './findings.js';
import { recognizersFromPolicy, type Label } from './recognizers.js';
import { MemoryVault, type Vault, type VaultItem, type VaultStore } from './vault.js';

/** Longest text a stream holds back: the longest identifier or placeholder we expect whole. */
export const HOLD_BACK_CHARS = 64;
/** Already released text the scanner sees again, so context words before a value still count. */
const CONTEXT_CHARS = 40;
const PLACEHOLDER = /<([A-Z]+)_(\d+)>/g;
const DEFAULT_TIME_BUDGET_MS = 200;

export interface PhiGuardOptions {
  policies: PolicyStore;
  detector: PhiDetector;
  /**
   * What scans the model's replies. Redacting a word of a reply by mistake garbles what the
   * patient reads, so replies use a stricter detector than the one guarding what the model sees.
   */
  replyDetector?: PhiDetector;
  vaults: VaultStore;
  /** Keyed hash for the `hash` action, so equal values stay linkable without being readable. */
  hmac: (text: string) => string;
  onFailure?: (reason: 'error' | 'timeout') => void;
  /** Where `failModes.phi: escalate` hands a conversation the scan could not protect. */
  escalations?: Pick<Escalations, 'open'>;
}

const vaultOfDecision = new WeakMap<Decision, Vault>();

// A tenant's own identifier formats, compiled once per loaded policy (a reload brings new objects).
const policyAnalyzers = new WeakMap<object, PhiAnalyzer>();
function policyAnalyzer(policy: Policy): PhiAnalyzer | undefined {
  const entries = policy.phi?.recognizers;
  if (!entries?.length) return undefined;
  let analyzer = policyAnalyzers.get(entries);
  if (!analyzer) policyAnalyzers.set(entries, (analyzer = new PhiAnalyzer({ recognizers: recognizersFromPolicy(entries), lexicon: false })));
  return analyzer;
}

/** The built-in findings with the tenant's own formats merged in. */
function withPolicyFindings(text: string, builtIn: readonly Finding[], policy: Policy): Finding[] {
  const own = policyAnalyzer(policy)?.analyze(text) ?? [];
  return own.length === 0 ? [...builtIn] : mergeFindings([...builtIn, ...own]);
}

type ReplyDetector = Pick<PhiDetector, 'detect' | 'rememberMentions'>;

/** A detector that also finds the tenant's own formats (`phi.recognizers`). */
export function withPolicyRecognizers(detector: ReplyDetector, policy: Policy): ReplyDetector {
  if (!policyAnalyzer(policy)) return detector;
  return {
    detect: async (text, earlier) => withPolicyFindings(text, await detector.detect(text, earlier), policy),
    rememberMentions: (text, findings, into) => detector.rememberMentions(text, findings, into),
  };
}

function countEntities(findings: ReadonlyArray<{ label: string }>): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.label, (counts.get(finding.label) ?? 0) + 1);
  return [...counts].map(([label, count]) => `${label}:${count}`).join(',');
}

function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), budgetMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Per-type score thresholds from policy (`phi.thresholds`). */
function meetsThreshold(policy: Policy, finding: Finding): boolean {
  return finding.score >= (policy.phi?.thresholds?.[finding.label] ?? 0);
}

export function phiInboundStage(options: PhiGuardOptions): InboundStage {
  const cache = new LRUCache<string, Finding[]>({ max: 20_000 });
  const scan = async (text: string, policy: Policy): Promise<Finding[]> => {
    const key = createHash('sha256').update(text).digest('base64');
    let builtIn = cache.get(key);
    if (!builtIn) cache.set(key, (builtIn = await options.detector.detect(text)));
    return withPolicyFindings(text, builtIn, policy).filter((finding) => meetsThreshold(policy, finding));
  };

  return {
    name: 'phi',
    inspect: async ({ decision, messages }): Promise<InboundVerdict> => {
      const policy = policyFor(options.policies.current, decision.tenant);
      if (policy.phi?.enabled === false) return { outcome: 'pass', detail: { enabled: false } };
      const visible = new Set<string>(channelPolicy(policy, decision.channel)?.toModel ?? []);
      const vault = options.vaults.forConversation(decision.tenant, decision.conversationId);
      vaultOfDecision.set(decision, vault);
      const texts = messages.map((message) => (typeof message.content === 'string' ? [message.content] : (message.content ?? []).flatMap((part) => (part.type === 'text' ? [part.text] : []))));
      let scanned: Finding[][][];
      try {
        scanned = await withinBudget(Promise.all(texts.map((parts) => Promise.all(parts.map((text) => scan(text, policy))))), policy.phi?.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
      } catch (error) {
        const reason = (error as Error).message === 'timeout' ? 'timeout' : 'error';
        options.onFailure?.(reason);
        if (policy.failModes?.phi === 'open') return { outcome: 'pass', detail: { failed: reason, failMode: 'open' } };
        if (policy.failModes?.phi === 'escalate' && options.escalations) {
          // A person takes over; the model never sees the text nobody could scan.
          try {
            await options.escalations.open(decision, messages, { reason: 'phi-failed', priority: 'normal' }, policy, options.policies.current.version);
          } catch (handoffError) {
            throw new ChaperoneError('CHAPERONE_ERR_PHI_UNAVAILABLE', { cause: handoffError });
          }
          return { outcome: 'respond', action: 'escalate', content: handoffReply(policy), reason: 'phi-failed', detail: { failed: reason, failMode: 'escalate' } };
        }
        throw new ChaperoneError('CHAPERONE_ERR_PHI_UNAVAILABLE', { cause: error });
      }
      // "My mother is Zuzeth Qarvandi" in one message makes "Qarvandi" alone in a later one her.
      const mentioned = new Map<string, Label>();
      scanned = texts.map((parts, message) =>
        parts.map((text, part) => {
          const findings = options.detector.withMentions(text, scanned[message]![part]!, mentioned).filter((finding) => meetsThreshold(policy, finding));
          options.detector.rememberMentions(text, findings, mentioned);
          return findings;
        }),
      );
      const all = scanned.flat(2);
      const blocked = all.find((finding) => !visible.has(finding.label) && policy.phi?.actions?.[finding.label] === 'block');
      if (blocked) return { outcome: 'block', reason: `phi:${blocked.label}`, message: `This channel may not send ${blocked.label} to the assistant.`, detail: { entities: countEntities(all) } };

      // One vault round trip for the whole request: what passes as it is, and every placeholder.
      const valueOf = (text: string, finding: Finding): VaultItem => ({ label: finding.label, value: text.slice(finding.start, finding.end) });
      const found = texts.flatMap((parts, message) => parts.flatMap((text, part) => scanned[message]![part]!.map((finding) => ({ text, finding }))));
      const actionOf = (finding: Finding) => (visible.has(finding.label) ? 'pass' : (policy.phi?.actions?.[finding.label] ?? 'pseudonymize'));
      await vault.notePassed(found.filter(({ finding }) => actionOf(finding) === 'pass').map(({ text, finding }) => valueOf(text, finding)));
      const pseudonymized = found.filter(({ finding }) => actionOf(finding) === 'pseudonymize');
      const assigned = await vault.placeholders(pseudonymized.map(({ text, finding }) => valueOf(text, finding)));
      const placeholderOf = new Map(pseudonymized.map((entry, index) => [entry.finding, assigned[index]!]));

      const rewrite = (text: string, findings: readonly Finding[]): string => {
        let out = '';
        let cursor = 0;
        for (const finding of findings) {
          const value = text.slice(finding.start, finding.end);
          out += text.slice(cursor, finding.start);
          cursor = finding.end;
          const action = actionOf(finding);
          out += action === 'pass' ? value : action === 'mask' ? `<${finding.label}>` : action === 'hash' ? `<${finding.label}:${options.hmac(value).slice(0, 10)}>` : placeholderOf.get(finding)!;
        }
        return out + text.slice(cursor);
      };
      const rewritten = messages.map((message, index): ChatMessage => {
        const found = scanned[index]!;
        if (found.every((findings) => findings.length === 0)) return message;
        if (typeof message.content === 'string') return { ...message, content: rewrite(message.content, found[0]!) } as ChatMessage;
        let part = 0;
        const content = (message.content ?? []).map((item) => (item.type === 'text' ? { ...item, text: rewrite(item.text, found[part++]!) } : item));
        return { ...message, content } as ChatMessage;
      });
      const detail = { entities: countEntities(all) };
      return all.length === 0 ? { outcome: 'pass', detail } : { outcome: 'rewrite', messages: rewritten, detail };
    },
  };
}

/** The outbound half: restores what the channel allows, redacts what the request never carried. */
export class PhiOutboundFilter implements OutboundFilter {
  private pending = '';
  private releasedTail = '';
  private readonly restored: string[] = [];
  private readonly redacted: string[] = [];
  /** People and firms already released: a later mention of one is found without the text that named it. */
  private readonly mentioned = new Map<string, Label>();

  constructor(
    private readonly detector: ReplyDetector,
    private readonly vault: Vault,
    private readonly toPatient: ReadonlySet<string>,
  ) {}

  async write(text: string): Promise<FilterStep> {
    this.pending += text;
    return { text: await this.release(false) };
  }

  async end(): Promise<FilterStep> {
    return { text: await this.release(true) };
  }

  async complete(text: string): Promise<FilterStep> {
    this.pending += text;
    return { text: await this.release(true) };
  }

  summary(): Record<string, string> {
    return { entities: countEntities(this.redacted.map((label) => ({ label }))), restored: countEntities(this.restored.map((label) => ({ label }))) };
  }

  private async release(final: boolean): Promise<string> {
    const context = this.releasedTail;
    const text = context + this.pending;
    let cut = final ? text.length : text.length - HOLD_BACK_CHARS;
    if (cut <= context.length) return '';
    const placeholders = [...text.matchAll(PLACEHOLDER)].map((match) => ({ start: match.index, end: match.index + match[0].length, label: match[1]! as Label, placeholder: match[0] }));
    const findings = (await this.detector.detect(text, this.mentioned)).filter((finding) => unclaimed(placeholders, finding));
    // Never cut through something that may still grow: it waits for the next chunk.
    for (const span of [...placeholders, ...findings]) if (span.start < cut && span.end > cut - (final ? 0 : 1)) cut = Math.min(cut, span.start);
    if (!final) {
      const partial = text.lastIndexOf('<');
      if (partial >= cut - 20 && partial < cut && !text.slice(partial, cut).includes('>')) cut = partial;
    }
    if (cut <= context.length) return '';
    let out = '';
    let cursor = context.length;
    const released = (span: { start: number; end: number }) => span.start >= context.length && span.end <= cut;
    const releasedPlaceholders = placeholders.filter(released);
    const releasedFindings = findings.filter(released);
    this.detector.rememberMentions(text, releasedFindings, this.mentioned);
    const [entries, carried] = await Promise.all([
      this.vault.resolve(releasedPlaceholders.map((p) => p.placeholder)),
      this.vault.carried(releasedFindings.map((finding) => ({ label: finding.label, value: text.slice(finding.start, finding.end) }))),
    ]);
    const spans = [
      ...releasedPlaceholders.map((p, index) => ({ ...p, kind: 'placeholder' as const, entry: entries[index], carried: false })),
      ...releasedFindings.map((f, index) => ({ ...f, kind: 'finding' as const, placeholder: '', entry: undefined, carried: carried[index]! })),
    ].sort((a, b) => a.start - b.start);
    for (const span of spans) {
      out += text.slice(cursor, span.start);
      cursor = span.end;
      if (span.kind === 'placeholder') {
        const entry = span.entry;
        if (entry && this.toPatient.has(entry.label)) {
          out += entry.value;
          this.restored.push(entry.label);
        } else {
          out += `<${span.label}>`;
        }
        continue;
      }
      const value = text.slice(span.start, span.end);
      if (span.carried && this.toPatient.has(span.label)) {
        out += value;
      } else {
        out += `<${span.label}>`;
        this.redacted.push(span.label);
      }
    }
    out += text.slice(cursor, cut);
    this.releasedTail = text.slice(Math.max(0, cut - CONTEXT_CHARS), cut);
    this.pending = text.slice(cut);
    return out;
  }
}

export function phiOutboundStage(options: PhiGuardOptions): OutboundStage {
  return {
    name: 'phi',
    open: (decision) => {
      const policy = policyFor(options.policies.current, decision.tenant);
      if (policy.phi?.enabled === false) return PASS_THROUGH;
      const toPatient = new Set<string>(channelPolicy(policy, decision.channel)?.toPatient ?? []);
      const detector = withPolicyRecognizers(options.replyDetector ?? options.detector, policy);
      return new PhiOutboundFilter(detector, vaultOfDecision.get(decision) ?? new MemoryVault(), toPatient);
    },
  };
}
