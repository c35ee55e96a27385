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

interface Span {
  start: number;
  end: number;
}

/** Whether two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether none of these findings touches the span. */
export function unclaimed(findings: readonly Span[], span: Span): boolean {
  return !findings.some((finding) => overlaps(finding, span));
}

/**
 * Keeps the best of overlapping findings: highest score first, longest on a tie. A finding inside
 * a longer one of the same label ("Roma" in "Via Roma 131") gives way to it whatever its score.
 * Sorted sweeps and binary search, not pairwise comparison: a long email holds hundreds of findings.
 */
export function mergeFindings(candidates: readonly Finding[]): Finding[] {
  const inside = new Set<Finding>();
  const byLabel = new Map<string, Finding[]>();
  for (const candidate of candidates) {
    const group = byLabel.get(candidate.label);
    if (group) group.push(candidate);
    else byLabel.set(candidate.label, [candidate]);
  }
  for (const group of byLabel.values()) {
    // By start, the longer first: whatever came before a finding starts no later, so it contains
    // the finding exactly when it reaches further, or as far from an earlier start.
    group.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = { end: -1, start: Infinity };
    for (const candidate of group) {
      if (reach.end > candidate.end || (reach.end === candidate.end && reach.start < candidate.start)) inside.add(candidate);
      if (candidate.end > reach.end) reach = { end: candidate.end, start: candidate.start };
    }
  }
  const ordered = candidates.filter((candidate) => !inside.has(candidate)).sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept findings never overlap, so sorted by start their ends rise too: only the last one starting
  // before a candidate's end can overlap it.
  const kept: Finding[] = [];
  for (const candidate of ordered) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.start < candidate.end) low = middle + 1;
      else high = middle;
    }
    if (low > 0 && kept[low - 1]!.end > candidate.start) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

/** Replaces each finding with its label, e.g. `<PHONE>`, working from the end so offsets hold. */
export function maskFindings(text: string, findings: readonly Finding[]): string {
  let masked = text;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    masked = `${masked.slice(0, finding.start)}<${finding.label}>${masked.slice(finding.end)}`;
  }
  return masked;
}
