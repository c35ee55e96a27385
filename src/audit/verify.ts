import type { KeyObject } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compactVerify } from 'jose';
import { GENESIS, openRecord, SEGMENT_PATTERN, type CheckpointClaim } from './line.js';

export type ProblemKind = 'edited' | 'missing' | 'out-of-order' | 'not-linked' | 'bad-signature' | 'missing-segment' | 'truncated';

export interface Problem {
  kind: ProblemKind;
  segment: string;
  line: number;
  seq?: number;
  message: string;
}

export interface ChainReport {
  chain: string;
  segments: number;
  records: number;
  lastSeq: number;
  /** The last record covered by a valid checkpoint (the checkpoint record included). */
  signedThrough: number;
  problem?: Problem;
}

/** How many recent record hashes are kept to check checkpoints against. */
const HASH_WINDOW = 200_000;

async function listChains(dir: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, 'chains'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function verifyCheckpoint(jws: unknown, publicKey: KeyObject): Promise<CheckpointClaim | null> {
  if (typeof jws !== 'string') return null;
  try {
    const { payload } = await compactVerify(jws, publicKey, { algorithms: ['EdDSA'] });
    return JSON.parse(new TextDecoder().decode(payload)) as CheckpointClaim;
  } catch {
    return null;
  }
}

/** Walks one chain from its first record, stopping at the first record that breaks it. */
export async function verifyChain(dir: string, chain: string, publicKey: KeyObject): Promise<ChainReport> {
  const folder = join(dir, 'chains', chain);
  const segments = (await readdir(folder)).filter((name) => SEGMENT_PATTERN.test(name)).sort();
  const report: ChainReport = { chain, segments: segments.length, records: 0, lastSeq: 0, signedThrough: 0 };
  const hashes = new Map<number, string>();
  let expected = 1;
  let head = GENESIS;

  for (const [index, segment] of segments.entries()) {
    const fail = (line: number, kind: ProblemKind, message: string, seq?: number): ChainReport => {
      report.problem = { kind, segment, line, seq, message };
      return report;
    };
    const firstSeq = Number(SEGMENT_PATTERN.exec(segment)![1]);
    if (firstSeq !== expected) {
      return fail(0, 'missing-segment', `segment starts at record ${firstSeq} but record ${expected} comes next: a segment is missing`);
    }
    const text = await readFile(join(folder, segment), 'utf8');
    const lines = text.split('\n');
    const tail = lines.pop();
    const lastSegment = index === segments.length - 1;
    for (const [offset, line] of lines.entries()) {
      const lineNumber = offset + 1;
      const opened = openRecord(line);
      if (!opened) return fail(lineNumber, 'edited', 'the line is not a complete audit record');
      const { record, intact } = opened;
      if (!intact) return fail(lineNumber, 'edited', 'the record does not match its hash: it was edited', record.seq);
      if (record.chain !== chain) return fail(lineNumber, 'not-linked', `the record belongs to chain ${String(record.chain)}`, record.seq);
      if (record.seq > expected) {
        return fail(lineNumber, 'missing', `record ${record.seq} found where record ${expected} was expected: records were removed or reordered`, record.seq);
      }
      if (record.seq < expected) {
        return fail(lineNumber, 'out-of-order', `record ${record.seq} found after record ${expected - 1}: records were inserted or reordered`, record.seq);
      }
      if (record.prev !== head) {
        return fail(lineNumber, 'not-linked', 'the record does not follow the one before it: a record was replaced or inserted', record.seq);
      }
      if (record.kind === 'checkpoint') {
        const claim = await verifyCheckpoint(record.jws, publicKey);
        const covered = claim ? hashes.get(claim.seq) : undefined;
        if (!claim || claim.chain !== chain || claim.seq !== record.covers || covered !== claim.head) {
          return fail(lineNumber, 'bad-signature', 'the checkpoint signature does not verify against this chain with the given public key', record.seq);
        }
        // The checkpoint signs everything before it; its own content is that signature.
        report.signedThrough = record.seq;
      }
      hashes.set(record.seq, record.hash);
      if (hashes.size > HASH_WINDOW) hashes.delete(record.seq - HASH_WINDOW);
      head = record.hash;
      expected = record.seq + 1;
      report.records += 1;
      report.lastSeq = record.seq;
    }
    if (tail) {
      const where = lastSegment ? 'the chain' : 'a segment before the last';
      return fail(
        lines.length + 1,
        'truncated',
        `${where} ends in an incomplete record: records after ${report.signedThrough} (the last signed checkpoint) cannot be verified`,
      );
    }
  }
  return report;
}

export async function verifyAuditFolder(dir: string, publicKey: KeyObject): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of await listChains(dir)) reports.push(await verifyChain(dir, chain, publicKey));
  return reports;
}

export interface AuditQuery {
  since?: number;
  until?: number;
  tenant?: string;
  intent?: string;
  action?: string;
}

/** Request records that match every given filter, oldest first within each chain. */
export async function* queryAudit(dir: string, query: AuditQuery): AsyncGenerator<Record<string, unknown>> {
  for (const chain of await listChains(dir)) {
    const folder = join(dir, 'chains', chain);
    const segments = (await readdir(folder)).filter((name) => SEGMENT_PATTERN.test(name)).sort();
    for (const segment of segments) {
      for (const line of (await readFile(join(folder, segment), 'utf8')).split('\n')) {
        const opened = line ? openRecord(line) : null;
        if (!opened || opened.record.kind !== 'request') continue;
        const record = opened.record as Record<string, unknown>;
        const time = Date.parse(String(record.time));
        if (query.since !== undefined && time < query.since) continue;
        if (query.until !== undefined && time > query.until) continue;
        if (query.tenant !== undefined && record.tenant !== query.tenant) continue;
        if (query.intent !== undefined && record.intent !== query.intent) continue;
        if (query.action !== undefined && record.action !== query.action) continue;
        yield record;
      }
    }
  }
}
