import { rm } from 'node:fs/promises';
import { Ollama } from 'ollama';
import t from 'tap';
import { assertLogsClean, startTestGateway } from './fixtures/gateway.js';
import { DEFAULT_MODEL, DEFAULT_REPLY } from './fixtures/ollama-simulator.js';

t.test('/healthz and /readyz with every dependency up, Redis included', async (t) => {
  const { url, logs } = await startTestGateway(t, { env: { REDIS_URL: 'redis://127.0.0.1:6379' } });
  const health = await fetch(`${url}/healthz`);
  t.equal(health.status, 200);
  t.same(await health.json(), { status: 'ok' });
  const ready = await fetch(`${url}/readyz`);
  t.equal(ready.status, 200);
  t.same(await ready.json(), { status: 'ready', checks: { policies: 'ok', ollama: 'ok', audit: 'ok', redis: 'ok' } });
  assertLogsClean(t, logs);
});

t.test('/readyz reports an unreachable Redis and an audit folder that went away', async (t) => {
  const { url, config } = await startTestGateway(t, { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  await rm(config.auditDir, { recursive: true, force: true });
  const ready = await fetch(`${url}/readyz`);
  t.equal(ready.status, 503);
  t.match(await ready.json(), { status: 'not_ready', checks: { redis: /failed/, audit: 'failed (ENOENT)', ollama: 'ok' } });
  const health = await fetch(`${url}/healthz`);
  t.equal(health.status, 200, 'the process itself is still healthy');
});

t.test('the simulator speaks Ollama to the official ollama client', async (t) => {
  const { simulator } = await startTestGateway(t);
  const ollama = new Ollama({ host: simulator.url });
  t.match(await ollama.version(), { version: /^\d+\.\d+\.\d+$/ });
  const shown = await ollama.show({ model: DEFAULT_MODEL });
  t.ok(shown.capabilities.includes('completion'));
  await t.rejects(ollama.show({ model: 'missing' }), { name: 'ResponseError', status_code: 404 });
  const generated = await ollama.generate({ model: DEFAULT_MODEL, prompt: 'hello', stream: false });
  t.equal(generated.response, DEFAULT_REPLY);
  t.ok(generated.done);
  let streamed = '';
  let last;
  for await (const part of await ollama.generate({ model: DEFAULT_MODEL, prompt: 'hello', stream: true })) {
    streamed += part.response;
    last = part;
  }
  t.equal(streamed, DEFAULT_REPLY);
  t.match(last, { done: true, done_reason: 'stop', eval_count: Number, prompt_eval_count: Number, total_duration: Number });
  await t.rejects(ollama.chat({ model: 'missing', messages: [] }), { name: 'ResponseError', status_code: 404, message: /not found, try pulling it first/ });

  const raw = await fetch(`${simulator.url}/api/chat`, { method: 'POST', body: JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }] }) });
  t.equal(raw.headers.get('content-type'), 'application/x-ndjson', 'Ollama streams when stream is omitted');
  const lines = (await raw.text()).trim().split('\n').map((line) => JSON.parse(line) as { done: boolean });
  t.ok(lines.slice(0, -1).every((line) => !line.done) && lines.at(-1)!.done);
});
