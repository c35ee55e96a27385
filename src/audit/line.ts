import { createHash } from 'node:crypto';

/**
 * One audit record is one JSON line whose last member is `hash`: the SHA-256 of the line as it
 * reads without that member. The record names the previous record's hash in `prev`, so editing,
 * removing, inserting or reordering any line breaks every hash after it. Hashing the exact bytes
 * written, rather than a re-serialization, leaves no canonicalization to get wrong.
 */
export const GENESIS = '0'.repeat(64);
export const RECORD_VERSION = 1;
const HASH_MEMBER = ',"hash":"';

export interface ChainPosition {
  chain: string;
  seq: number;
  prev: string;
}

export type RecordFields = Record<string, unknown> & { kind: string };

export interface SealedRecord {
  line: string;
  hash: string;
}

export function sealRecord(position: ChainPosition, fields: RecordFields): SealedRecord {
  const body = JSON.stringify({ v: RECORD_VERSION, chain: position.chain, seq: position.seq, prev: position.prev, ...fields });
  const hash = createHash('sha256').update(body).digest('hex');
  return { line: `${body.slice(0, -1)}${HASH_MEMBER}${hash}"}\n`, hash };
}

export interface OpenedRecord {
  record: ChainPosition & RecordFields & { v: number; hash: string; time?: string };
  /** Whether the stored hash is the hash of the line's own content. */
  intact: boolean;
}

/** Reads one line back; null when it is not a complete record (a torn write). */
export function openRecord(line: string): OpenedRecord | null {
  let record: OpenedRecord['record'];
  try {
    record = JSON.parse(line) as OpenedRecord['record'];
  } catch {
    return null;
  }
  const at = line.lastIndexOf(HASH_MEMBER);
  if (at < 0 || typeof record.hash !== 'string') return null;
  const body = `${line.slice(0, at)}}`;
  return { record, intact: createHash('sha256').update(body).digest('hex') === record.hash };
}

/** Segment files are named by the sequence number of their first record, so they sort in order. */
export function segmentName(firstSeq: number): string {
  return `${String(firstSeq).padStart(20, '0')}.jsonl`;
}

export const SEGMENT_PATTERN = /^(\d{20})\.jsonl$/;

/** What a checkpoint signs: the chain, the last record it covers, and that record's hash. */
export interface CheckpointClaim {
  chain: string;
  seq: number;
  head: string;
}
