/**
 * Intent accuracy of the shipped policy on an evaluation set kept apart from its examples
 * (bench/data/intent-eval.txt): accuracy per intent, emergency and crisis recall, how many
 * non-urgent messages were escalated, whether any clinical question was answered by the model,
 * and classification latency. Every message is also run as SMS-style text (lower case, no
 * punctuation) to show the classifier does not lean on capitals and question marks.
 *
 *   npm run bench:intent [-- path/to/set.txt ...]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type PolicyVerdict } from '../src/policy/evaluate.js';
import { loadedPolicyFor, loadPolicySet } from '../src/policy/store.js';
import { fmt, percentile, ROOT } from './lib.js';

interface Labelled {
  intent: string;
  channel: string;
  text: string;
}

function readSet(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [intent, channel, text] = line.split('\t');
    if (!intent || !channel || !text) throw new Error(`bench:intent: bad line in ${path}: ${line}`);
    return { intent, channel, text };
  });
}

const sets = process.argv.length > 2 ? process.argv.slice(2) : ['intent-eval.txt'].map((name) => join(ROOT, 'bench', 'data', name));
const smsStyle = (text: string) => text.toLowerCase().replace(/[.,!?;:"]/g, '');
const set = await loadPolicySet(join(ROOT, 'policies'));
const loaded = loadedPolicyFor(set, 'default');
const catalog = loaded.effective.intents!.catalog;
const escalates = (intent: string) => catalog[intent]?.action === 'escalate';

function score(name: string, messages: Labelled[]): void {
  const perIntent = new Map<string, { total: number; correct: number }>();
  let correct = 0;
  let falseEscalations = 0;
  let nonUrgent = 0;
  let clinicalAuto = 0;
  const urgentMisses: string[] = [];
  const confusions = new Map<string, number>();
  for (const message of messages) {
    const verdict: PolicyVerdict = evaluate(loaded, { text: message.text });
    const entry = perIntent.get(message.intent) ?? { total: 0, correct: 0 };
    entry.total++;
    if (verdict.intent === message.intent) {
      entry.correct++;
      correct++;
    } else {
      const key = `${message.intent} → ${verdict.intent}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    perIntent.set(message.intent, entry);
    const urgent = message.intent === 'emergency' || message.intent === 'crisis';
    if (urgent && verdict.escalation?.priority !== 'urgent') urgentMisses.push(message.text);
    if (!escalates(message.intent)) {
      nonUrgent++;
      if (verdict.escalation) falseEscalations++;
    }
    if (message.intent === 'clinical_advice' && (verdict.action === 'auto' || verdict.action === 'draft')) clinicalAuto++;
  }
  console.log(`\n${name}: ${messages.length} messages`);
  console.log('| intent | messages | accuracy |');
  console.log('|---|---:|---:|');
  for (const [intent, { total, correct: right }] of [...perIntent].sort()) console.log(`| ${intent} | ${total} | ${fmt(right / total, 3)} |`);
  console.log(`| **all** | ${messages.length} | **${fmt(correct / messages.length, 3)}** |`);
  const urgentTotal = messages.filter((message) => message.intent === 'emergency' || message.intent === 'crisis').length;
  console.log(`emergency+crisis recall: ${fmt((urgentTotal - urgentMisses.length) / urgentTotal, 3)} (${urgentTotal - urgentMisses.length}/${urgentTotal})`);
  console.log(`messages that should not escalate but did: ${fmt(falseEscalations / nonUrgent, 3)} (${falseEscalations}/${nonUrgent})`);
  console.log(`clinical_advice answered by the model: ${clinicalAuto}`);
  if (urgentMisses.length) console.log(`missed urgent: ${urgentMisses.map((text) => JSON.stringify(text)).join(', ')}`);
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (top.length) console.log(`most frequent confusions: ${top.map(([key, count]) => `${key} ×${count}`).join('; ')}`);
}

const base = sets.flatMap(readSet);
for (const path of sets) {
  const messages = readSet(path);
  score(`${path.split('/').at(-1)} as written`, messages);
  score(`${path.split('/').at(-1)} SMS style (lower case, no punctuation)`, messages.map((message) => ({ ...message, text: smsStyle(message.text) })));
}
score('all sets together', base);

// Latency: every message many times, interleaved, after a warm-up.
const rounds = 20;
const timings: number[] = [];
for (let round = 0; round < rounds + 2; round++) {
  for (const message of base) {
    const started = performance.now();
    evaluate(loaded, { text: message.text });
    if (round >= 2) timings.push(performance.now() - started);
  }
}
timings.sort((a, b) => a - b);
console.log(`\nclassification latency over ${timings.length} calls: p50 ${fmt(percentile(timings, 0.5), 3)} ms, p99 ${fmt(percentile(timings, 0.99), 3)} ms`);
