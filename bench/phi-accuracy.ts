/**
 * PHI detection accuracy: precision, recall and F1 per label, entity level with overlap
 * matching, on the shared development set (../shared/eval/phi-dev.jsonl); then latency for a
 * 300-character message. Patterns and validators only: the NER model is not trained yet.
 *
 *   npm run bench:phi [-- path/to/set.jsonl]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PhiAnalyzer } from '../src/phi/analyzer.js';
import { LABELS } from '../src/phi/recognizers.js';
import { fmt, percentile, ROOT } from './lib.js';

interface Span {
  start: number;
  end: number;
  label: string;
}

interface Document {
  id: string;
  text: string;
  spans: Span[];
}

const path = process.argv[2] ?? join(ROOT, '..', 'shared', 'eval', 'phi-dev.jsonl');
const documents = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Document);

const analyzer = new PhiAnalyzer();
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const counts = new Map<string, { truePositives: number; predicted: number; expected: number; found: number }>();
const count = (label: string) => {
  let entry = counts.get(label);
  if (!entry) counts.set(label, (entry = { truePositives: 0, predicted: 0, expected: 0, found: 0 }));
  return entry;
};

for (const document of documents) {
  const predicted = analyzer.analyze(document.text);
  // Precision: a prediction is right when it overlaps a gold span of its label.
  for (const prediction of predicted) {
    const entry = count(prediction.label);
    entry.predicted += 1;
    if (document.spans.some((gold) => gold.label === prediction.label && overlaps(gold, prediction))) entry.truePositives += 1;
  }
  // Recall: a gold span is found when a prediction of its label overlaps it.
  for (const gold of document.spans) {
    const entry = count(gold.label);
    entry.expected += 1;
    if (predicted.some((prediction) => prediction.label === gold.label && overlaps(gold, prediction))) entry.found += 1;
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
console.log(`\nChaperone PHI accuracy (patterns only) on ${path}: ${documents.length} documents\n`);
console.log('label          precision  recall   F1      gold');
let totals = { truePositives: 0, predicted: 0, expected: 0, found: 0 };
for (const label of LABELS) {
  const entry = counts.get(label);
  if (!entry) continue;
  totals = {
    truePositives: totals.truePositives + entry.truePositives,
    predicted: totals.predicted + entry.predicted,
    expected: totals.expected + entry.expected,
    found: totals.found + entry.found,
  };
  const precision = ratio(entry.truePositives, entry.predicted);
  const recall = ratio(entry.found, entry.expected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`${label.padEnd(14)} ${fmt(precision).padStart(9)} ${fmt(recall).padStart(7)} ${fmt(f1).padStart(6)} ${String(entry.expected).padStart(7)}`);
}
const precision = ratio(totals.truePositives, totals.predicted);
const recall = ratio(totals.found, totals.expected);
console.log(`${'overall'.padEnd(14)} ${fmt(precision).padStart(9)} ${fmt(recall).padStart(7)} ${fmt((2 * precision * recall) / (precision + recall)).padStart(6)} ${String(totals.expected).padStart(7)}`);

const message =
  'Hi, this is Jane Q. Doe, DOB 03/14/1962, MRN 00482913. I need to move my cardiology follow-up with Dr. Alvarez ' +
  'at Lakeside Medical Center from Tuesday to next week. Call me at (555) 867-5309 or email jane.doe@example.com. ' +
  'My member ID is XJH4482910 and I live at 42 Oak Street, Springfield, IL 62704.';
const sample = message.slice(0, 300);
for (let round = 0; round < 500; round++) analyzer.analyze(sample);
const times: number[] = [];
const started = performance.now();
for (let round = 0; round < 5000; round++) {
  const begin = performance.now();
  analyzer.analyze(sample);
  times.push(performance.now() - begin);
}
const seconds = (performance.now() - started) / 1000;
console.log(`\n300-character message: p50 ${fmt(percentile(times, 0.5), 3)} ms, p99 ${fmt(percentile(times, 0.99), 3)} ms, ${fmt(5000 / seconds, 0)} messages/s`);
