import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { WebhookPolicy } from '../policy/types.js';
import { HandoffStateError, HandoffStore, openRecord, type Handoff, type HandoffRecord } from './handoff.js';
import { retryDelayMs, WEBHOOK_DEFAULTS } from './webhook.js';

export interface DeliveryHooks {
  deliver(record: HandoffRecord, webhook: WebhookPolicy): Promise<void>;
  onFailure(error: Error): void;
}

interface Entry {
  record: HandoffRecord;
  webhook?: WebhookPolicy;
}

const JOURNAL = 'handoffs.jsonl';

/**
 * The handoff queue of a gateway without Redis: a journal of record snapshots, fsynced before a
 * call returns, replayed (last snapshot wins) and compacted when the gateway starts. A restart
 * loses no handoff and resumes every delivery still owed. One gateway process per folder.
 */
export class LocalHandoffQueue extends HandoffStore {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly journal: FileHandle,
    private readonly hooks: DeliveryHooks,
  ) {
    super();
  }

  static async open(dir: string, hooks: DeliveryHooks): Promise<LocalHandoffQueue> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, JOURNAL);
    const entries = new Map<string, Entry>();
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const entry = JSON.parse(line) as Entry;
        entries.set(entry.record.id, entry);
      } catch {
        // Only the last line can be torn (a crash mid-append); what it would have said was never acknowledged.
      }
    }
    const compacted = `${path}.compact`;
    const rewrite = await open(compacted, 'w');
    await rewrite.writeFile([...entries.values()].map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    await rewrite.datasync();
    await rewrite.close();
    await rename(compacted, path);
    const queue = new LocalHandoffQueue(await open(path, 'a'), hooks);
    for (const [id, entry] of entries) queue.entries.set(id, entry);
    for (const entry of entries.values()) if (entry.record.delivery.state === 'pending') queue.schedule(entry.record.id, 0);
    return queue;
  }

  private persist(entry: Entry): Promise<void> {
    this.entries.set(entry.record.id, entry);
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.writing.then(async () => {
      await this.journal.write(line);
      await this.journal.datasync();
    });
    this.writing = write.catch(() => undefined);
    return write;
  }

  async enqueue(handoff: Handoff, webhook: WebhookPolicy | undefined): Promise<HandoffRecord> {
    const record = openRecord(handoff, webhook);
    await this.persist({ record, webhook });
    if (webhook) this.schedule(record.id, 0);
    return record;
  }

  async get(tenant: string, id: string): Promise<HandoffRecord | undefined> {
    const record = this.entries.get(id)?.record;
    return record?.tenant === tenant ? record : undefined;
  }

  protected async recordsOf(tenant: string): Promise<HandoffRecord[]> {
    return [...this.entries.values()].map((entry) => entry.record).filter((record) => record.tenant === tenant);
  }

  protected change(id: string, apply: (record: HandoffRecord) => HandoffRecord, tenant?: string): Promise<HandoffRecord> {
    const entry = this.entries.get(id);
    if (!entry || (tenant !== undefined && entry.record.tenant !== tenant)) return Promise.reject(new HandoffStateError('not_found', `no escalation ${id}`));
    // Checked and applied without yielding, so two agents claiming at once cannot both win.
    let record: HandoffRecord;
    try {
      record = apply(entry.record);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return this.persist({ ...entry, record }).then(() => record);
  }

  async depth(): Promise<number> {
    let open = 0;
    for (const { record } of this.entries.values()) if (record.status !== 'resolved') open++;
    return open;
  }

  private schedule(id: string, delayMs: number): void {
    if (this.closed) return;
    clearTimeout(this.timers.get(id));
    const timer = setTimeout(() => {
      const attempt = this.attempt(id);
      this.inFlight.add(attempt);
      void attempt.finally(() => this.inFlight.delete(attempt));
    }, delayMs);
    timer.unref();
    this.timers.set(id, timer);
  }

  private async attempt(id: string): Promise<void> {
    this.timers.delete(id);
    const entry = this.entries.get(id);
    if (!entry?.webhook || entry.record.delivery.state !== 'pending' || this.closed) return;
    const attempts = entry.record.delivery.attempts + 1;
    try {
      await this.hooks.deliver(entry.record, entry.webhook);
      await this.persist({ ...entry, record: { ...this.current(id), delivery: { state: 'delivered', attempts, lastError: null } } });
    } catch (error) {
      this.hooks.onFailure(error as Error);
      const dead = attempts >= (entry.webhook.maxAttempts ?? WEBHOOK_DEFAULTS.maxAttempts);
      const delivery = { state: dead ? ('dead' as const) : ('pending' as const), attempts, lastError: (error as Error).message };
      await this.persist({ ...entry, record: { ...this.current(id), delivery } }).catch(() => undefined);
      if (!dead) this.schedule(id, retryDelayMs(entry.webhook, attempts));
    }
  }

  /** The record as it is now: an agent may have claimed it while the webhook call was in flight. */
  private current(id: string): HandoffRecord {
    return this.entries.get(id)!.record;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    // A delivery under way finishes and its outcome is journaled, so a restart neither repeats
    // an acknowledged delivery nor forgets a failed attempt.
    await Promise.allSettled(this.inFlight);
    await this.writing;
    await this.journal.close();
  }
}
