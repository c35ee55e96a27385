/**
 * PHI detection accuracy: precision, recall and F1 per label (entity level, overlap matching) on
 * the shared development set (../shared/eval/phi-dev.jsonl) and on our hand-written
 * contact-center sets (bench/data/phi-contact-center*.txt), for Chaperone with patterns only, with
 * patterns and the NER model, and for two JavaScript libraries a user might pick instead
 * (redact-pii, @openredaction/openredaction). "Masked, any label" counts a PHI span as protected
 * when any finding overlaps it, whatever its label. Then latency for a 300-character message.
 *
 *   npm run bench:phi
 */
import { join } from 'node:path';
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import { MODEL_THRESHOLDS, PhiAnalyzer, PhiDetector } from '../src/phi/analyzer.js';
import { PhiLexicon } from '../src/phi/lexicon.js';
import { NerModel } from '../src/phi/ner.js';
import { LABELS } from '../src/phi/recognizers.js';
import { CorpusBuilder, NAME_ORIGINS, Random, seedFakers } from '../models/phi-ner/generate.js';
import { fmt, percentile, ROOT } from './lib.js';
import { readDev, readMarked, type Document, type Span } from './phi-data.js';

type System = (text: string) => Promise<Span[]>;

// redact-pii only returns redacted text: its spans are the gaps between the text it kept.
const REDACT_PII_LABELS: Record<string, string> = {
  PERSON_NAME: 'NAME', PHONE_NUMBER: 'PHONE', EMAIL_ADDRESS: 'EMAIL', STREET_ADDRESS: 'ADDRESS', ZIPCODE: 'ADDRESS',
  US_SOCIAL_SECURITY_NUMBER: 'SSN', CREDIT_CARD_NUMBER: 'ID', IP_ADDRESS: 'IP', URL: 'URL', DIGITS: 'ID', USERNAME: 'ID', PASSWORD: 'ID', CREDENTIALS: 'ID',
};
function redactPiiSystem(): System {
  const redactor = new SyncRedactor();
  const token = new RegExp(`(${Object.keys(REDACT_PII_LABELS).join('|')})`);
  return async (text) => {
    const parts = redactor.redact(text).split(token);
    const spans: Span[] = [];
    let cursor = 0;
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      if (index % 2 === 1) {
        const next = parts[index + 1] ?? '';
        const end = next === '' ? text.length : text.indexOf(next, cursor);
        spans.push({ start: cursor, end: end < 0 ? text.length : end, label: REDACT_PII_LABELS[part]! });
        cursor = end < 0 ? text.length : end;
      } else {
        cursor += part.length;
      }
    }
    return spans;
  };
}

function openRedactionSystem(): System {
  const detector = new OpenRedaction();
  const labelOf = (type: string) => {
    if (/NAME/.test(type)) return 'NAME';
    if (/EMAIL/.test(type)) return 'EMAIL';
    if (/PHONE|MOBILE/.test(type)) return 'PHONE';
    if (/SSN|SOCIAL/.test(type)) return 'SSN';
    if (/ADDRESS|POSTCODE|ZIP/.test(type)) return 'ADDRESS';
    if (/DATE|DOB|BIRTH/.test(type)) return 'DATE';
    if (/URL|DOMAIN/.test(type)) return 'URL';
    if (/IP/.test(type)) return 'IP';
    if (/MRN|MEDICAL_RECORD/.test(type)) return 'MRN';
    return 'ID';
  };
  return async (text) => {
    const result = (await detector.detect(text)) as { detections: Array<{ type: string; position: [number, number] }> };
    return result.detections.map((detection) => ({ start: detection.position[0], end: detection.position[1], label: labelOf(detection.type) }));
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

async function score(name: string, system: System, documents: Document[]): Promise<{ precision: number; recall: number }> {
  const counts = new Map<string, { truePositives: number; predicted: number; expected: number; found: number }>();
  const count = (label: string) => {
    let entry = counts.get(label);
    if (!entry) counts.set(label, (entry = { truePositives: 0, predicted: 0, expected: 0, found: 0 }));
    return entry;
  };
  // What a compliance officer asks first: how many PHI spans were masked at all, whatever label they got.
  let masked = 0;
  for (const document of documents) {
    const predicted = await system(document.text);
    masked += document.spans.filter((gold) => predicted.some((prediction) => overlaps(gold, prediction))).length;
    for (const prediction of predicted) {
      const entry = count(prediction.label);
      entry.predicted += 1;
      if (document.spans.some((gold) => gold.label === prediction.label && overlaps(gold, prediction))) entry.truePositives += 1;
    }
    for (const gold of document.spans) {
      const entry = count(gold.label);
      entry.expected += 1;
      if (predicted.some((prediction) => prediction.label === gold.label && overlaps(gold, prediction))) entry.found += 1;
    }
  }
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const rows: string[] = [];
  const totals = { truePositives: 0, predicted: 0, expected: 0, found: 0 };
  for (const label of LABELS) {
    const entry = counts.get(label);
    if (!entry || entry.expected === 0) continue;
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += entry[key];
    const precision = ratio(entry.truePositives, entry.predicted);
    const recall = ratio(entry.found, entry.expected);
    rows.push(`${label}:${fmt(precision, 2)}/${fmt(recall, 2)}/${fmt(f1(precision, recall), 2)}(${entry.expected})`);
  }
  const precision = ratio(totals.truePositives, totals.predicted);
  const recall = ratio(totals.found, totals.expected);
  console.log(`| ${name} | ${fmt(precision, 3)} | ${fmt(recall, 3)} | ${fmt(f1(precision, recall), 3)} | ${fmt(ratio(masked, totals.expected), 3)} | ${rows.join(' ')} |`);
  return { precision, recall };
}

async function latency(name: string, system: System, sample: string): Promise<void> {
  for (let round = 0; round < 50; round++) await system(sample);
  const times: number[] = [];
  const started = performance.now();
  const rounds = 500;
  for (let round = 0; round < rounds; round++) {
    const begin = performance.now();
    await system(sample);
    times.push(performance.now() - begin);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`| ${name} | ${fmt(percentile(times, 0.5), 3)} | ${fmt(percentile(times, 0.99), 3)} | ${fmt(rounds / seconds, 0)} |`);
}

const patterns = new PhiAnalyzer();
const model = await NerModel.load();
// BENCH_NER_THRESHOLD=0.5 tries one bar for every label the model finds.
const withModel = new PhiDetector(patterns, model, process.env.BENCH_NER_THRESHOLD ? Object.fromEntries(Object.keys(MODEL_THRESHOLDS).map((label) => [label, Number(process.env.BENCH_NER_THRESHOLD)])) : undefined);
const systems: Array<[string, System]> = [
  ['Chaperone, patterns only', async (text) => patterns.analyze(text)],
  ['Chaperone, patterns + NER model', (text) => withModel.detect(text)],
  ['redact-pii 3.4', redactPiiSystem()],
  ['@openredaction/openredaction 1.0', openRedactionSystem()],
];
// One of our markup sets, named by its file and how it has been used.
const ours = (file: string, history: string): [string, Document[]] => [`${file} (${history})`, readMarked(join(ROOT, 'bench', 'data', file))];
const sets: Array<[string, Document[]]> = [
  ['phi-dev.jsonl (shared development set)', readDev(join(ROOT, '..', 'shared', 'eval', 'phi-dev.jsonl'))],
  ours('phi-contact-center.txt', 'ours: SMS, chat, email, voice, portal, EHR context'),
  ours('phi-contact-center-untouched.txt', 'ours, second set: measured untouched once, then its errors studied'),
  ours('phi-contact-center-holdout.txt', 'ours, third set: never tuned against until its errors were studied on 2026-11-30'),
  ours('phi-contact-center-fresh.txt', 'ours, fourth set: written after the first 2026-11-30 rules; errors studied later that day'),
  ours('phi-contact-center-fifth.txt', 'ours, fifth set: written before the changes of the second session of 2026-11-30; errors studied in the third'),
  ours('phi-contact-center-sixth.txt', 'ours, sixth set: written before the changes of the third session of 2026-11-30, blind for that session; errors studied in the fourth'),
  ours('phi-contact-center-seventh.txt', 'ours, seventh set: written in the fourth session of 2026-11-30, blind through its probe rules, then studied'),
  ours('phi-contact-center-eighth.txt', 'ours, eighth set: written in the fourth session of 2026-11-30, blind through the seventh set\'s rules, then studied'),
  ours('phi-contact-center-ninth.txt', 'ours, ninth set: written late in the fourth session of 2026-11-30, blind through it, studied in the fifth'),
  ours('phi-contact-center-tenth.txt', 'ours, tenth set: written at the start of the fifth session of 2026-11-30, blind through it, studied in the sixth'),
  ours('phi-contact-center-eleventh.txt', 'ours, eleventh set: written in the fifth session of 2026-11-30 after the ninth set\'s rules, blind through it, studied in the sixth'),
  ours('phi-contact-center-twelfth.txt', 'ours, twelfth set: written late in the fifth session of 2026-11-30 before its last model, blind through the sixth, studied in the seventh'),
  ours('phi-contact-center-thirteenth.txt', 'ours, thirteenth set: written at the end of the fifth session of 2026-11-30 to decide on a deeper model, blind through the sixth, studied in the seventh'),
  ours('phi-contact-center-fourteenth.txt', 'ours, fourteenth set: written at the start of the sixth session of 2026-11-30 and measured blind then, never studied'),
  ours('phi-contact-center-fifteenth.txt', 'ours, fifteenth set: written late in the sixth session of 2026-11-30 after its rules and model, never studied'),
  ours('phi-contact-center-probes-late.txt', 'ours: probe messages of the seventh and eighth sessions of 2026-11-30, studied'),
  ours('phi-contact-center-sixteenth.txt', 'ours, sixteenth set: written at the start of the seventh session of 2026-11-30 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-seventeenth.txt', 'ours, seventeenth set: written in the middle of the seventh session of 2026-11-30 after most of its rules, measured blind at its end, studied in the eighth'),
  ours('phi-contact-center-eighteenth.txt', 'ours, eighteenth set: written at the start of the eighth session of 2026-11-30 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-nineteenth.txt', 'ours, nineteenth set: written at the start of the ninth session of 2026-11-30 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-twentieth.txt', 'ours, twentieth set: written at the start of the first session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-twenty-first.txt', 'ours, twenty-first set: written late in the first session of 2026-12-01 after its rules, measured blind then, never studied'),
  ours('phi-contact-center-twenty-second.txt', 'ours, twenty-second set: written at the start of the second session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-twenty-third.txt', 'ours, twenty-third set: written late in the second session of 2026-12-01 after most of its rules, measured blind then, never studied'),
  ours('phi-contact-center-twenty-fourth.txt', 'ours, twenty-fourth set: written at the start of the third session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-twenty-fifth.txt', 'ours, twenty-fifth set: written late in the third session of 2026-12-01 after most of its rules, measured once then (its misses were printed by mistake), no rule made from it'),
  ours('phi-contact-center-twenty-sixth.txt', 'ours, twenty-sixth set: written at the start of the fourth session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-twenty-seventh.txt', 'ours, twenty-seventh set: written late in the fourth session of 2026-12-01 after most of its rules, measured blind then, never studied'),
  ours('phi-contact-center-twenty-eighth.txt', 'ours, twenty-eighth set: written at the start of the fifth session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-twenty-ninth.txt', 'ours, twenty-ninth set: written at the start of the sixth session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-thirtieth.txt', 'ours, thirtieth set: written late in the sixth session of 2026-12-01 after most of its rules, measured blind then, never studied'),
  ours('phi-contact-center-thirty-first.txt', 'ours, thirty-first set: written at the start of the seventh session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-thirty-second.txt', 'ours, thirty-second set: written late in the seventh session of 2026-12-01 after most of its rules, measured blind then, never studied'),
  ours('phi-contact-center-thirty-third.txt', 'ours, thirty-third set: written at the start of the eighth session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-thirty-fourth.txt', 'ours, thirty-fourth set: written in the middle of the eighth session of 2026-12-01 after most of its rules, measured blind then, never studied'),
  ours('phi-contact-center-thirty-fifth.txt', 'ours, thirty-fifth set: written at the start of the ninth session of 2026-12-01 before its changes, measured blind then, never studied'),
  ours('phi-contact-center-thirty-sixth.txt', 'ours, thirty-sixth set: written in the middle of the ninth session of 2026-12-01 after most of its rules, measured blind then, never studied'),
  ours('phi-contact-center-thirty-seventh.txt', 'ours, thirty-seventh set: written in the middle of the tenth session of 2026-12-01 after its first rules, measured blind then, never studied'),
  ours('phi-contact-center-probes-nineteenth.txt', 'ours: probe messages of the tenth session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-eighteenth.txt', 'ours: probe messages of the ninth session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-seventeenth.txt', 'ours: probe messages of the eighth session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-sixteenth.txt', 'ours: probe messages of the seventh session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-ninth.txt', 'ours: probe messages of the ninth session of 2026-11-30, studied, not trained on'),
  ours('phi-contact-center-probes-tenth.txt', 'ours: probe messages of the first session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-eleventh.txt', 'ours: probe messages of the second session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-twelfth.txt', 'ours: probe messages of the third session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-thirteenth.txt', 'ours: probe messages of the fourth session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-fourteenth.txt', 'ours: probe messages of the fifth session of 2026-12-01, studied, not trained on'),
  ours('phi-contact-center-probes-fifteenth.txt', 'ours: probe messages of the sixth session of 2026-12-01 (ordinary traffic, not aimed at one shape), studied, not trained on'),
];
for (const [setName, documents] of sets) {
  console.log(`\n${setName}: ${documents.length} texts, ${documents.reduce((sum, document) => sum + document.spans.length, 0)} PHI spans`);
  console.log('| system | precision | recall | F1 | masked, any label | per label: precision/recall/F1(gold) |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const [name, system] of systems) await score(name, system, documents);
}

// NAME recall by name origin, in sentences written for this check (not the training templates).
const ORIGIN_TEMPLATES = [
  'hi this is {N} calling about my appointment',
  'Please add {N} as my emergency contact.',
  'My mother, {N}, needs her refill.',
  'Patient: {N}. Reason for visit: follow-up.',
  'can {N} pick up my prescription tomorrow',
  'Thank you,\n{N}',
];
const NAMES_PER_ORIGIN = 120;
seedFakers(20261123);
const builder = new CorpusBuilder(new Random(20261123));
console.log('\nNAME recall by name origin (6 sentence shapes × 120 names per origin): names on the lexicon, and the same names');
console.log('removed from it (people no list knows: the NER model and the cue words must find them)');
console.log('| origin | known, with model | unknown, with model | unknown, patterns only |');
console.log('|---|---:|---:|---:|');
const originNames = new Map(NAME_ORIGINS.map((origin) => [origin, Array.from({ length: NAMES_PER_ORIGIN }, () => builder.name(origin))]));
const forgetting = new PhiAnalyzer({ lexicon: PhiLexicon.load().without([...originNames.values()].flat().flatMap((name) => name.split(/[\s,.]+/))) });
const forgettingWithModel = new PhiDetector(forgetting, model, withModel.nerThresholds);
for (const [origin, names] of originNames) {
  const found = { known: 0, unknown: 0, unknownPatterns: 0 };
  let total = 0;
  for (const name of names) {
    for (const template of ORIGIN_TEMPLATES) {
      const at = template.indexOf('{N}');
      const text = template.replace('{N}', name);
      const gold = { start: at, end: at + name.length, label: 'NAME' };
      const hit = (spans: Span[]) => spans.some((span) => span.label === 'NAME' && overlaps(span, gold));
      total++;
      if (hit(await withModel.detect(text))) found.known++;
      if (hit(await forgettingWithModel.detect(text))) found.unknown++;
      if (hit(forgetting.analyze(text))) found.unknownPatterns++;
    }
  }
  console.log(`| ${origin} | ${fmt(found.known / total, 3)} | ${fmt(found.unknown / total, 3)} | ${fmt(found.unknownPatterns / total, 3)} |`);
}

const message =
  'Hi, this is Jane Q. Doe, DOB 03/14/1962, MRN 00482913. I need to move my cardiology follow-up with Dr. Alvarez ' +
  'at Lakeside Medical Center from Tuesday to next week. Call me at (555) 867-5309 or email jane.doe@example.com. ' +
  'My member ID is XJH4482910 and I live at 42 Oak Street, Springfield, IL 62704.';
console.log('\nlatency for one 300-character message (ms), after warm-up');
console.log('| system | p50 | p99 | messages/s |');
console.log('|---|---:|---:|---:|');
for (const [name, system] of systems) await latency(name, system, message.slice(0, 300));
console.log(`\nprocess RSS with the model loaded: ${fmt(process.memoryUsage().rss / 1048576, 0)} MB`);
await model.dispose();
