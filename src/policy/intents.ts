/**
 * The intent classifier, built from a policy's own example utterances when the policy loads, so
 * a compliance officer changes what an intent covers by editing YAML: no training step.
 *
 * Three signals, strongest first: the emergency/crisis lexicon (never a guess), keywords and
 * patterns the policy names (a decision, not a hint), and similarity to the examples (TF-IDF
 * over words, word pairs and character trigrams, so typos and SMS spelling still land near).
 * When keywords of several intents appear, the most cautious action wins: a message that asks
 * to reschedule and how much ibuprofen to take is a clinical question.
 */
import { detectUrgency, mentionsUrgentCue, straightApostrophes } from '../escalation/urgency.js';
import type { IntentAction, IntentCatalog } from './types.js';

export const UNCERTAIN = 'uncertain';

export interface IntentScore {
  intent: string;
  score: number;
}

export interface Classification {
  intent: string;
  confidence: number;
  /** What decided: the urgency lexicon, a keyword or pattern, or example similarity. */
  source: 'lexicon' | 'keyword' | 'pattern' | 'similarity';
  /** The cue or the matched rule's intent, for the trace (category names, never message words). */
  cue?: string;
  /** The best similarity scores, highest first. */
  scores: IntentScore[];
}

type SparseVector = Map<string, number>;

/** How cautious an action is: where rules of several intents match, the most cautious wins. */
export const CAUTION: Record<IntentAction, number> = { escalate: 3, refuse: 2, draft: 1, auto: 0 };
const CAUTIOUS_MARGIN = 0.8;
const URGENT_INTENTS = new Set(['emergency', 'crisis']);

export function normalize(text: string): string {
  return straightApostrophes(text.normalize('NFKC')).toLowerCase();
}

function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}']+/gu)?.map((word) => word.replace(/^'+|'+$/g, '')).filter((word) => word !== '') ?? [];
}

function features(text: string): string[] {
  const tokens = words(text);
  const out: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!;
    out.push(`w:${word}`);
    if (index > 0) out.push(`b:${tokens[index - 1]!} ${word}`);
    const padded = `<${word}>`;
    for (let start = 0; start + 3 <= padded.length; start++) out.push(`c:${padded.slice(start, start + 3)}`);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Keywords match as whole words or phrases, whatever the spacing between their words, and a
 * keyword's plural matches too ("bill" finds "bills").
 */
function keywordPattern(keywords: readonly string[]): RegExp | undefined {
  if (keywords.length === 0) return undefined;
  const alternatives = keywords.map((keyword) => `${normalize(keyword).trim().split(/\s+/).map(escapeRegExp).join('\\s+')}(?:e?s)?`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

interface CompiledIntent {
  name: string;
  action: IntentAction;
  keywords: RegExp | undefined;
  patterns: RegExp[];
  examples: SparseVector[];
}

export class IntentClassifier {
  private readonly intents: CompiledIntent[];
  private readonly idf = new Map<string, number>();

  /** Throws with the intent and pattern named when a pattern is not a valid regular expression. */
  constructor(catalog: IntentCatalog) {
    const entries = Object.entries(catalog);
    const documents = entries.flatMap(([, intent]) => intent.examples.map(features));
    const documentFrequency = new Map<string, number>();
    for (const document of documents) {
      for (const feature of new Set(document)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
    for (const [feature, count] of documentFrequency) this.idf.set(feature, Math.log((1 + documents.length) / (1 + count)) + 1);
    this.intents = entries.map(([name, intent]) => ({
      name,
      action: intent.action,
      keywords: keywordPattern(intent.keywords ?? []),
      patterns: (intent.patterns ?? []).map((pattern, index) => {
        try {
          return new RegExp(pattern, 'iu');
        } catch (error) {
          throw new Error(`intents.catalog.${name}.patterns[${index}] is not a valid regular expression: ${(error as Error).message}`);
        }
      }),
      examples: intent.examples.map((example) => this.vector(example)),
    }));
  }

  private actionOf(name: string): IntentAction | undefined {
    return this.intents.find((intent) => intent.name === name)?.action;
  }

  get intentNames(): string[] {
    return this.intents.map((intent) => intent.name);
  }

  private vector(text: string): SparseVector {
    const vector: SparseVector = new Map();
    for (const feature of features(text)) {
      // Features no example has carry no signal and cannot match anything.
      const weight = this.idf.get(feature);
      if (weight !== undefined) vector.set(feature, (vector.get(feature) ?? 0) + weight);
    }
    let norm = 0;
    for (const value of vector.values()) norm += value * value;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [feature, value] of vector) vector.set(feature, value / norm);
    return vector;
  }

  /** Similarity of the message to each intent: the mean of its two closest examples. */
  similarities(text: string): IntentScore[] {
    const message = this.vector(text);
    const scores = this.intents.map((intent) => {
      const cosines = intent.examples.map((example) => {
        let dot = 0;
        const [small, large] = message.size < example.size ? [message, example] : [example, message];
        for (const [feature, value] of small) dot += value * (large.get(feature) ?? 0);
        return dot;
      });
      cosines.sort((a, b) => b - a);
      const top = cosines.slice(0, 2);
      return { intent: intent.name, score: top.reduce((sum, value) => sum + value, 0) / top.length };
    });
    return scores.sort((a, b) => b.score - a.score);
  }

  classify(text: string, threshold: number): Classification {
    const scores = this.similarities(text);
    const urgency = detectUrgency(text);
    if (urgency) return { intent: urgency.kind, confidence: 1, source: 'lexicon', cue: urgency.cue, scores: scores.slice(0, 3) };

    const plain = normalize(text);
    const similarity = new Map(scores.map(({ intent, score }) => [intent, score]));
    let ruled: { intent: CompiledIntent; source: 'keyword' | 'pattern' } | undefined;
    for (const intent of this.intents) {
      const source = intent.keywords?.test(plain) ? 'keyword' : intent.patterns.some((pattern) => pattern.test(plain)) ? 'pattern' : undefined;
      if (!source) continue;
      // The most cautious rule wins; between equally cautious ones, the closer to the examples.
      const better = !ruled || CAUTION[intent.action] > CAUTION[ruled.intent.action] ||
        (CAUTION[intent.action] === CAUTION[ruled.intent.action] && (similarity.get(intent.name) ?? 0) > (similarity.get(ruled.intent.name) ?? 0));
      if (better) ruled = { intent, source };
    }
    if (ruled) return { intent: ruled.intent.name, confidence: 1, source: ruled.source, cue: ruled.intent.name, scores: scores.slice(0, 3) };

    // A symptom the patient denied or dated is not an emergency by resemblance either.
    const ranked = mentionsUrgentCue(text) ? scores.filter((candidate) => !URGENT_INTENTS.has(candidate.intent)) : scores;
    let [first, second] = ranked;
    // On similarity alone, a more cautious intent that is nearly as close wins: a question that
    // sounds half like directions and half like a symptom goes to the nurse line, not the model.
    const cautious = first && ranked.find((candidate) => candidate.score >= first!.score * CAUTIOUS_MARGIN && this.actionOf(candidate.intent) === 'escalate');
    if (first && cautious && cautious !== first && this.actionOf(first.intent) === 'auto') [first, second] = [cautious, first];
    if (!first || first.score <= 0) return { intent: UNCERTAIN, confidence: 0, source: 'similarity', scores: scores.slice(0, 3) };
    // Confidence falls when the runner-up is close: an even split between two intents is a guess.
    const margin = second ? (first.score - second.score) / first.score : 1;
    const confidence = Math.min(1, first.score * (0.5 + 0.5 * margin) * 1.5);
    const rounded = Math.round(confidence * 1000) / 1000;
    return { intent: rounded >= threshold ? first.intent : UNCERTAIN, confidence: rounded, source: 'similarity', scores: scores.slice(0, 3) };
  }
}
