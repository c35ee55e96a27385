import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Priority, WebhookPolicy } from '../policy/types.js';
import { HandoffStateError, HandoffStore, openRecord, type Handoff, type HandoffRecord } from './handoff.js';
import type { DeliveryHooks } from './local-queue.js';
import { WEBHOOK_DEFAULTS } from './webhook.js';

// One hash tag, so every key of the handoff store lands on one Redis Cluster slot.
const PREFIX = 'chaperone:{handoff}:';
const recordKey = (id: string) => `${PREFIX}record:${id}`;
const tenantKey = (tenant: string) => `${PREFIX}tenant:${tenant}`;
const OPEN_KEY = `${PREFIX}open`;
export const DEAD_LETTER_KEY = `${PREFIX}dead`;
export const DELIVERY_QUEUE = 'chaperone-handoff-delivery';
const BULL_PRIORITY: Record<Priority, number> = { urgent: 1, high: 2, normal: 3 };
const CAS_ATTEMPTS = 8;

// Replaces a record only if nobody changed it since it was read; the caller retries on a miss.
const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
if ARGV[3] == 'resolved' then redis.call('SREM', KEYS[2], ARGV[4]) end
return 1`;

interface DeliveryJob {
  id: string;
  webhook: WebhookPolicy;
}

/**
 * Handoffs shared by every replica: records in Redis (written before the caller is answered),
 * webhook delivery as BullMQ jobs with exponential backoff, and a dead-letter list for
 * deliveries that ran out of attempts. Every replica runs a delivery worker.
 */
export class RedisHandoffQueue extends HandoffStore {
  private bull: { queue: Queue<DeliveryJob>; worker: Worker<DeliveryJob>; connections: Redis[] } | undefined;
  private closed = false;

  constructor(
    private readonly redis: Redis,
    private readonly redisUrl: string,
    private readonly hooks: DeliveryHooks,
  ) {
    super();
    // BullMQ keeps reconnecting connections it duplicated and cannot close them while Redis is
    // away, so its queue and worker start only once Redis has answered.
    if (redis.status === 'ready') this.startBull();
    else redis.once('ready', () => this.startBull());
  }

  private startBull(): void {
    if (this.closed || this.bull) return;
    // The producer fails fast like every other Redis call on the request path; the worker blocks
    // on its connection and must never give up on a command, so each gets its own.
    const connections = [
      new Redis(this.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
      new Redis(this.redisUrl, { maxRetriesPerRequest: null }),
    ];
    for (const connection of connections) connection.on('error', () => undefined);
    const queue = new Queue<DeliveryJob>(DELIVERY_QUEUE, { connection: connections[0]!, prefix: 'chaperone' });
    const worker = new Worker<DeliveryJob>(DELIVERY_QUEUE, (job) => this.deliver(job), { connection: connections[1]!, prefix: 'chaperone', concurrency: 4 });
    worker.on('error', (error) => this.hooks.onFailure(error));
    queue.on('error', () => undefined);
    this.bull = { queue, worker, connections };
  }

  async enqueue(handoff: Handoff, webhook: WebhookPolicy | undefined): Promise<HandoffRecord> {
    const record = openRecord(handoff, webhook);
    if (webhook && !this.bull) throw new Error('handoff delivery queue is not connected');
    await this.redis
      .multi()
      .set(recordKey(record.id), JSON.stringify(record))
      .zadd(tenantKey(record.tenant), Date.parse(record.createdAt), record.id)
      .sadd(OPEN_KEY, record.id)
      .exec();
    if (webhook) {
      await this.bull!.queue.add('deliver', { id: record.id, webhook }, {
        jobId: record.id,
        priority: BULL_PRIORITY[record.priority],
        attempts: webhook.maxAttempts ?? WEBHOOK_DEFAULTS.maxAttempts,
        backoff: { type: 'exponential', delay: webhook.backoffMs ?? WEBHOOK_DEFAULTS.backoffMs },
        removeOnComplete: 1000,
        removeOnFail: 1000,
      });
    }
    return record;
  }

  private async read(id: string): Promise<{ raw: string; record: HandoffRecord } | undefined> {
    const raw = await this.redis.get(recordKey(id));
    return raw === null ? undefined : { raw, record: JSON.parse(raw) as HandoffRecord };
  }

  async get(tenant: string, id: string): Promise<HandoffRecord | undefined> {
    const found = await this.read(id);
    return found?.record.tenant === tenant ? found.record : undefined;
  }

  protected async recordsOf(tenant: string): Promise<HandoffRecord[]> {
    const ids = await this.redis.zrevrange(tenantKey(tenant), 0, 999);
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(ids.map(recordKey));
    return raws.filter((raw): raw is string => raw !== null).map((raw) => JSON.parse(raw) as HandoffRecord);
  }

  protected async change(id: string, apply: (record: HandoffRecord) => HandoffRecord, tenant?: string): Promise<HandoffRecord> {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
      const found = await this.read(id);
      if (!found || (tenant !== undefined && found.record.tenant !== tenant)) throw new HandoffStateError('not_found', `no escalation ${id}`);
      const next = apply(found.record);
      const swapped = await this.redis.eval(COMPARE_AND_SET, 2, recordKey(id), OPEN_KEY, found.raw, JSON.stringify(next), next.status, id);
      if (swapped === 1) return next;
    }
    throw new HandoffStateError('conflict', `escalation ${id} kept changing; try again`);
  }

  depth(): Promise<number> {
    return this.redis.scard(OPEN_KEY);
  }

  private async deliver(job: Job<DeliveryJob>): Promise<void> {
    const found = await this.read(job.data.id);
    if (!found) return;
    const attempts = job.attemptsMade + 1;
    try {
      await this.hooks.deliver(found.record, job.data.webhook);
    } catch (error) {
      this.hooks.onFailure(error as Error);
      const dead = attempts >= (job.opts.attempts ?? 1);
      await this.change(job.data.id, (record) => ({ ...record, delivery: { state: dead ? 'dead' : 'pending', attempts, lastError: (error as Error).message } }));
      if (dead) await this.redis.lpush(DEAD_LETTER_KEY, job.data.id);
      throw error;
    }
    await this.change(job.data.id, (record) => ({ ...record, delivery: { state: 'delivered', attempts, lastError: null } }));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (!this.bull) return;
    const { queue, worker, connections } = this.bull;
    // With Redis gone a graceful close would wait for it forever.
    await Promise.race([Promise.all([worker.close(), queue.close()]), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    for (const connection of connections) connection.disconnect();
  }
}
