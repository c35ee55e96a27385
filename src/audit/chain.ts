import { mkdir, open, readdir, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { CompactSign } from 'jose';
import type { AuditKeys } from './keys.js';
import {
  GENESIS,
  openRecord,
  sealRecord,
  SEGMENT_PATTERN,
  segmentName,
  type CheckpointClaim,
  type RecordFields,
} from './line.js';

export interface AuditChainOptions {
  dir: string;
  chainId: string;
  keys: AuditKeys;
  checkpointEveryRecords: number;
  checkpointEveryMs: number;
  segmentMaxBytes: number;
  segmentMaxAgeMs: number;
  /**
   * Whether every group commit waits for fsync. Without it (async audit) records reach the page
   * cache at once, survive a killed process, and are synced once a second; only a machine crash
   * can lose that last second.
   */
  syncEachCommit: boolean;
  /** Observes each group commit: how many records and how long write plus fsync took. */
  onCommit?: (records: number, seconds: number) => void;
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class AuditUnavailableError extends Error {
  override readonly name = 'AuditUnavailableError';
}

const encoder = new TextEncoder();

/**
 * An append-only, hash-chained log of this replica's decisions. Appends are group-committed: all
 * records that arrive while one write+fsync is under way go out together in the next, and each
 * append resolves only once its record is on disk, so a caller that waits never acknowledges a
 * request whose record could still be lost.
 */
export class AuditChain {
  private seq = 0;
  private head = GENESIS;
  private lastCheckpointSeq = 0;
  private lastCheckpointAt = Date.now();
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private segment: { handle: FileHandle; bytes: number; openedAt: number } | undefined;
  private failure: Error | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private lastSyncAt = 0;

  private constructor(
    private readonly options: AuditChainOptions,
    private readonly folder: string,
  ) {}

  /** Opens the chain, resuming after its last complete record; a torn final line is cut off. */
  static async open(options: AuditChainOptions): Promise<AuditChain> {
    const folder = join(options.dir, 'chains', options.chainId);
    await mkdir(folder, { recursive: true });
    const chain = new AuditChain(options, folder);
    const repaired = await chain.resume();
    chain.timer = setInterval(() => chain.checkpointIfDue(), Math.min(options.checkpointEveryMs, 1_000));
    chain.timer.unref();
    void chain.append({ kind: 'chain-opened', time: new Date().toISOString(), ...(repaired ? { truncatedBytes: repaired } : {}) }).catch(() => undefined);
    return chain;
  }

  get id(): string {
    return this.options.chainId;
  }

  get healthy(): boolean {
    return this.failure === undefined && !this.closed;
  }

  get lastCheckpointAgeSeconds(): number {
    return (Date.now() - this.lastCheckpointAt) / 1000;
  }

  private async resume(): Promise<number> {
    const segments = (await readdir(this.folder)).filter((name) => SEGMENT_PATTERN.test(name)).sort();
    const last = segments.at(-1);
    if (!last) return 0;
    const path = join(this.folder, last);
    const text = await readFile(path, 'utf8');
    let keep = text.length;
    let lastRecord: ReturnType<typeof openRecord> = null;
    // Walk back from the end past anything that is not a complete, intact record.
    while (keep > 0) {
      const end = text.endsWith('\n', keep) ? keep - 1 : keep;
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const candidate = openRecord(text.slice(start, end));
      if (candidate?.intact && text[end] === '\n') {
        lastRecord = candidate;
        break;
      }
      keep = start;
    }
    const cut = Buffer.byteLength(text) - Buffer.byteLength(text.slice(0, keep));
    if (cut > 0) await truncate(path, Buffer.byteLength(text.slice(0, keep)));
    if (lastRecord) {
      this.seq = lastRecord.record.seq;
      this.head = lastRecord.record.hash;
    } else if (segments.length > 1) {
      throw new AuditUnavailableError(`audit: last segment ${path} holds no complete record`);
    }
    return cut;
  }

  /** Appends a record; resolves when it is durable. Rejects, and keeps rejecting, after a disk failure. */
  append(fields: RecordFields): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new AuditUnavailableError('audit chain is closed'));
    this.seq += 1;
    const sealed = sealRecord({ chain: this.options.chainId, seq: this.seq, prev: this.head }, fields);
    this.head = sealed.hash;
    const durable = new Promise<void>((resolve, reject) => this.pending.push({ line: sealed.line, resolve, reject }));
    this.flushing ??= this.flush();
    if (fields.kind !== 'checkpoint' && this.seq - this.lastCheckpointSeq >= this.options.checkpointEveryRecords) {
      void this.checkpoint().catch(() => undefined);
    }
    return durable;
  }

  /** Signs the current head: everything up to here can no longer be cut off unnoticed. */
  async checkpoint(): Promise<void> {
    if (this.seq === this.lastCheckpointSeq || this.failure || this.closed) return;
    const claim: CheckpointClaim = { chain: this.options.chainId, seq: this.seq, head: this.head };
    this.lastCheckpointSeq = this.seq + 1;
    this.lastCheckpointAt = Date.now();
    const jws = await new CompactSign(encoder.encode(JSON.stringify(claim)))
      .setProtectedHeader({ alg: 'EdDSA', kid: this.options.keys.keyId, typ: 'chaperone-audit-checkpoint' })
      .sign(this.options.keys.signingKey);
    // The claim may be behind by records appended while signing; it still covers what it names.
    await this.append({ kind: 'checkpoint', time: new Date().toISOString(), covers: claim.seq, jws });
  }

  private checkpointIfDue(): void {
    if (Date.now() - this.lastCheckpointAt >= this.options.checkpointEveryMs) void this.checkpoint().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        try {
          await this.write(batch);
          for (const entry of batch) entry.resolve();
        } catch (error) {
          this.failure = new AuditUnavailableError('audit write failed', { cause: error });
          for (const entry of [...batch, ...this.pending]) entry.reject(this.failure);
          this.pending = [];
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    const started = performance.now();
    const text = batch.map((entry) => entry.line).join('');
    const bytes = Buffer.from(text);
    const segment = await this.segmentFor(bytes.length, batch[0]!.line);
    await segment.handle.write(bytes);
    if (this.options.syncEachCommit || Date.now() - this.lastSyncAt >= 1_000) {
      await segment.handle.datasync();
      this.lastSyncAt = Date.now();
    }
    segment.bytes += bytes.length;
    this.options.onCommit?.(batch.length, (performance.now() - started) / 1000);
  }

  private dueToRotate(bytes: number, openedAt: number, incoming: number): boolean {
    return bytes > 0 && (bytes + incoming > this.options.segmentMaxBytes || Date.now() - openedAt > this.options.segmentMaxAgeMs);
  }

  private async segmentFor(incoming: number, firstLine: string): Promise<NonNullable<AuditChain['segment']>> {
    const current = this.segment;
    if (current && !this.dueToRotate(current.bytes, current.openedAt, incoming)) return current;
    if (current) {
      await current.handle.datasync();
      await current.handle.close();
      this.segment = undefined;
    } else {
      // After a restart the chain continues in its last segment until that one is due to rotate.
      const existing = (await readdir(this.folder)).filter((name) => SEGMENT_PATTERN.test(name)).sort().at(-1);
      if (existing) {
        const handle = await open(join(this.folder, existing), 'a');
        const { size, birthtimeMs } = await handle.stat();
        if (!this.dueToRotate(size, birthtimeMs, incoming)) {
          this.segment = { handle, bytes: size, openedAt: birthtimeMs };
          return this.segment;
        }
        await handle.close();
      }
    }
    const firstSeq = (JSON.parse(firstLine) as { seq: number }).seq;
    const handle = await open(join(this.folder, segmentName(firstSeq)), 'a');
    await syncFolder(this.folder);
    this.segment = { handle, bytes: 0, openedAt: Date.now() };
    return this.segment;
  }

  /** Signs what is left and closes the segment: a clean shutdown leaves nothing unsigned. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.timer);
    await this.checkpoint().catch(() => undefined);
    await this.flushing;
    this.closed = true;
    await this.segment?.handle.datasync();
    await this.segment?.handle.close();
    this.segment = undefined;
  }
}

// A new file's name is durable only once its folder is synced.
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
