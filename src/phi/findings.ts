/** What every detector reports, and the two things done with a set of findings: merge and mask. */
import type { Label } from './recognizers.js';

export interface Finding {
  /** JavaScript string offsets, end exclusive. */
  start: number;
  end: number;
  label: Label;
  type: string;
  score: number;
}

/**
 * Keeps the best of overlapping findings: highest score first, longest on a tie. A finding inside
 * a longer one of the same label ("Roma" in "Via Roma 131") gives way to it whatever its score.
 */
export function mergeFindings(candidates: readonly Finding[]): Finding[] {
  const within = (inner: Finding, outer: Finding) => inner !== outer && inner.label === outer.label && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;
  const ordered = candidates.filter((candidate) => !candidates.some((other) => within(candidate, other))).sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const candidate of ordered) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces each finding with its label, e.g. `<PHONE>`, working from the end so offsets hold. */
export function maskFindings(text: string, findings: readonly Finding[]): string {
  let masked = text;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    masked = `${masked.slice(0, finding.start)}<${finding.label}>${masked.slice(finding.end)}`;
  }
  return masked;
}
