/** The labelled PHI sets the benchmarks read: the shared JSONL development set and our markup files. */
import { readFileSync } from 'node:fs';

export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Document {
  text: string;
  spans: Span[];
}

export function readDev(path: string): Document[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Document);
}

/** `[LABEL:value]` markup to text and spans; `\n` in a line is a line break, `\t` a tab. */
export function readMarked(path: string): Document[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const marked = line.slice(line.indexOf('\t') + 1).replaceAll('\\n', '\n').replaceAll('\\t', '\t');
      const spans: Span[] = [];
      let text = '';
      let last = 0;
      for (const match of marked.matchAll(/\[([A-Z]+):([^\]]+)\]/g)) {
        text += marked.slice(last, match.index);
        spans.push({ start: text.length, end: text.length + match[2]!.length, label: match[1]! });
        text += match[2]!;
        last = match.index + match[0].length;
      }
      return { text: text + marked.slice(last), spans };
    });
}
