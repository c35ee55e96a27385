import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import OpenAI from 'openai';
import t, { type Test } from 'tap';
import type { Limits } from '../src/auth/access.js';
import { Pipeline } from '../src/pipeline/runner.js';
import type { InboundStage } from '../src/pipeline/stage.js';
import { KEYS, writeAccessFile } from './fixtures/access.js';
import { spawnGateway } from './fixtures/cli.js';
import { assertLogsClean, startTestGateway } from './fixtures/gateway.js';
import { DEFAULT_MODEL, OllamaSimulator, type SimulatorKnobs } from './fixtures/ollama-simulator.js';
import { postChat, readStream, sseFrames } from './fixtures/sse.js';

async function limitedGateway(t: Test, limits: Limits, options: { env?: Record<string, string>; pipeline?: Pipeline; simulator?: Partial<SimulatorKnobs> } = {}) {
  const accessFile = await writeAccessFile(t.testdir(), {}, limits);
  return startTestGateway(t, { ...options, env: { CHAPERONE_ACCESS_FILE: accessFile, ...options.env } });
}

const asKey = (key: string) => ({ headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } });
const hello = (extra: Record<string, unknown> = {}) => ({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hello' }], ...extra });

t.test('requests per minute per tenant: 429 with OpenAI headers', async (t) => {
  const { url, logs } = await limitedGateway(t, { requestsPerMinute: 5 });
  const statuses: number[] = [];
  let last: Response | undefined;
  for (let index = 0; index < 6; index++) {
    last = await postChat(url, hello(), asKey(KEYS.ccaas));
    statuses.push(last.status);
    if (index === 0) {
      t.equal(last.headers.get('x-ratelimit-limit-requests'), '5');
      t.equal(last.headers.get('x-ratelimit-remaining-requests'), '4');
      t.match(last.headers.get('x-ratelimit-reset-requests'), /^\d+(\.\d+)?s$/);
    }
    if (index < 5) await last.arrayBuffer();
  }
  t.same(statuses, [200, 200, 200, 200, 200, 429]);
  t.equal(last!.headers.get('x-ratelimit-remaining-requests'), '0');
  t.match(last!.headers.get('retry-after'), /^\d+$/);
  t.ok(Number(last!.headers.get('retry-after')) >= 1);
  t.match(await last!.json(), { error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: /requests per minute \(tenant\)/ } });

  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: KEYS.ccaas, maxRetries: 0 });
  const refused = await openai.chat.completions.create(hello() as OpenAI.ChatCompletionCreateParamsNonStreaming).catch((error: unknown) => error);
  t.ok(refused instanceof OpenAI.RateLimitError, 'the official client raises RateLimitError');
  const metrics = await (await fetch(`${url}/metrics`, asKey(KEYS.sre))).text();
  t.match(metrics, /chaperone_rate_limit_rejections_total\{tenant="north",limit="requests"\} 2/);
  assertLogsClean(t, logs);
});

t.test('a key limit applies inside a roomier tenant limit', async (t) => {
  const { url } = await limitedGateway(t, { requestsPerMinute: 100 });
  const statuses = [];
  for (let index = 0; index < 3; index++) statuses.push((await postChat(url, hello(), asKey(KEYS.limited))).status);
  t.same(statuses, [200, 200, 429]);
  t.equal((await postChat(url, hello(), asKey(KEYS.ccaas))).status, 200, 'another key of the tenant is unaffected');
});

t.test('tokens per minute: estimated up front, settled with real usage', async (t) => {
  const { url } = await limitedGateway(t, { tokensPerMinute: 1500 });
  const first = await postChat(url, hello({ max_tokens: 1000 }), asKey(KEYS.ccaas));
  t.equal(first.status, 200);
  t.equal(first.headers.get('x-ratelimit-limit-tokens'), '1500');
  await first.arrayBuffer();
  const second = await postChat(url, hello({ max_tokens: 1000 }), asKey(KEYS.ccaas));
  t.equal(second.status, 200, 'the first estimate was given back once the real usage (a few tokens) was known');
  await second.arrayBuffer();
  const huge = await postChat(url, hello({ max_tokens: 5000 }), asKey(KEYS.ccaas));
  t.equal(huge.status, 429);
  t.match(await huge.json(), { error: { message: /tokens per minute \(tenant\): this request alone needs more than the limit/ } });
});

t.test('concurrent streams are capped and released when a stream ends', async (t) => {
  const { url } = await limitedGateway(t, { concurrentStreams: 1 }, { simulator: { tokenDelayMs: 20, reply: () => ({ content: 'word '.repeat(20) }) } });
  const first = await postChat(url, hello({ stream: true }), asKey(KEYS.ccaas));
  t.equal(first.status, 200);
  const frames = sseFrames(first);
  await frames.next();
  const second = await postChat(url, hello({ stream: true }), asKey(KEYS.ccaas));
  t.equal(second.status, 429);
  t.match(await second.json(), { error: { message: /concurrent streams/ } });
  t.equal((await postChat(url, hello(), asKey(KEYS.ccaas))).status, 200, 'non-streamed requests need no stream slot');
  for await (const frame of frames) void frame;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const third = await postChat(url, hello({ stream: true }), asKey(KEYS.ccaas));
  t.equal(third.status, 200, 'the slot came back when the first stream ended');
  await readStream(third);
});

t.test('a message a stage calls urgent is never refused by a limit', async (t) => {
  const emergency: InboundStage = {
    name: 'test-urgent',
    inspect: () => ({ outcome: 'pass' }),
    urgent: (messages) => messages.some((message) => String(message.content).includes('chest pain')),
  };
  const { url } = await limitedGateway(t, { requestsPerMinute: 1 }, { pipeline: new Pipeline([emergency]) });
  t.equal((await postChat(url, hello(), asKey(KEYS.ccaas))).status, 200);
  t.equal((await postChat(url, hello(), asKey(KEYS.ccaas))).status, 429);
  const urgent = await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'I have crushing chest pain' }] }, asKey(KEYS.ccaas));
  t.equal(urgent.status, 200);
});

t.test('Redis down: closed refuses, local keeps limits per replica; both are counted', async (t) => {
  const closed = await limitedGateway(t, { requestsPerMinute: 2 }, { env: { REDIS_URL: 'redis://127.0.0.1:1', CHAPERONE_RATE_LIMIT_FAIL_MODE: 'closed' } });
  const refused = await postChat(closed.url, hello(), asKey(KEYS.ccaas));
  t.equal(refused.status, 503);
  t.match(await refused.json(), { error: { code: 'rate_limit_unavailable' } });

  const local = await limitedGateway(t, { requestsPerMinute: 2 }, { env: { REDIS_URL: 'redis://127.0.0.1:1', CHAPERONE_RATE_LIMIT_FAIL_MODE: 'local' } });
  const statuses = [];
  for (let index = 0; index < 3; index++) statuses.push((await postChat(local.url, hello(), asKey(KEYS.ccaas))).status);
  t.same(statuses, [200, 200, 429], 'local limits still hold');
  const metrics = await (await fetch(`${local.url}/metrics`, asKey(KEYS.sre))).text();
  t.match(metrics, /chaperone_rate_limit_store_errors_total 3/);
});

t.test('three gateway processes sharing Redis admit one limit, not three', async (t) => {
  const limit = 300;
  const dir = t.testdir();
  // A tenant of its own per run, so buckets left in Redis by an earlier run cannot interfere.
  const tenant = `load-${randomUUID().slice(0, 8)}`;
  const accessFile = await writeAccessFile(dir, {
    tenants: [{ id: tenant, limits: { requestsPerMinute: limit } }, { id: 'north' }],
    apiKeys: [{ id: 'load', tenant, hash: (await import('../src/auth/authenticator.js')).hashApiKey(KEYS.ccaas), roles: ['ccaas'] }],
  });
  const simulator = await OllamaSimulator.start();
  t.teardown(() => simulator.close());
  const replicas = await Promise.all(
    ['a', 'b', 'c'].map((id) =>
      spawnGateway({
        OLLAMA_HOST: simulator.url,
        CHAPERONE_ACCESS_FILE: accessFile,
        REDIS_URL: 'redis://127.0.0.1:6379',
        CHAPERONE_AUDIT_DIR: join(dir, `audit-${id}`),
        CHAPERONE_REPLICA_ID: `replica-${id}`,
        CHAPERONE_AUDIT_MODE: 'async',
      }),
    ),
  );
  t.teardown(async () => {
    for (const replica of replicas) {
      replica.child.kill('SIGTERM');
      await once(replica.child, 'exit');
    }
  });

  const perReplica = 300;
  const started = performance.now();
  const results = await Promise.all(
    replicas.map(async ({ url }) => {
      const statuses: number[] = [];
      let issued = 0;
      const worker = async () => {
        while (issued++ < perReplica) {
          const response = await postChat(url, hello(), asKey(KEYS.ccaas));
          statuses.push(response.status);
          await response.arrayBuffer();
        }
      };
      await Promise.all(Array.from({ length: 24 }, worker));
      return statuses;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const all = results.flat();
  const admitted = all.filter((status) => status === 200).length;
  const refilled = (limit / 60) * seconds;
  t.equal(all.filter((status) => status !== 200 && status !== 429).length, 0, 'every answer is a 200 or a 429');
  t.ok(results.every((statuses) => statuses.includes(200)), 'every replica admitted some');
  t.ok(admitted >= limit * 0.99, `admitted ${admitted} of a limit of ${limit}`);
  t.ok(admitted <= (limit + refilled) * 1.01, `admitted ${admitted} ≤ limit + ${refilled.toFixed(1)} refilled in ${seconds.toFixed(2)} s, within 1%`);
});
