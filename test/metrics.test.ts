import t from 'tap';
import { Pipeline } from '../src/pipeline/runner.js';
import type { InboundStage } from '../src/pipeline/stage.js';
import { assertLogsClean, startTestGateway } from './fixtures/gateway.js';
import { DEFAULT_MODEL } from './fixtures/ollama-simulator.js';
import { postChat, readStream } from './fixtures/sse.js';

const countNames: InboundStage = { name: 'test-phi', inspect: () => ({ outcome: 'pass', detail: { entities: 'NAME:2,DATE:1' } }) };

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.startsWith(name)) continue;
    const match = /^([a-z_]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

t.test('metrics show requests, latency split, streams, guardrails, upstream errors and the audit', async (t) => {
  const { url, logs } = await startTestGateway(t, { pipeline: new Pipeline([countNames]) });
  const headers = { 'content-type': 'application/json', 'x-chaperone-conversation-id': 'conv-secret-123', 'x-request-id': 'req-metric-1' };
  for (let index = 0; index < 3; index++) {
    await (await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }] }, { headers })).arrayBuffer();
  }
  await readStream(await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }], stream: true }));
  await (await postChat(url, { model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] })).arrayBuffer();

  const response = await fetch(`${url}/metrics`);
  t.equal(response.status, 200);
  t.match(response.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
  const text = await response.text();

  t.equal(sample(text, 'chaperone_http_requests_total', { route: '/v1/chat/completions', status: '200', tenant: 'default' }), 4);
  t.equal(sample(text, 'chaperone_http_requests_total', { route: '/v1/chat/completions', status: '404' }), 1);
  t.equal(sample(text, 'chaperone_gateway_overhead_seconds_count', { route: '/v1/chat/completions' }), 5);
  t.equal(sample(text, 'chaperone_upstream_duration_seconds_count', { route: '/v1/chat/completions' }), 5);
  t.equal(sample(text, 'chaperone_stream_time_to_first_token_seconds_count'), 1);
  t.equal(sample(text, 'chaperone_upstream_errors_total', { kind: 'model_not_found' }), 1);
  t.equal(sample(text, 'chaperone_phi_entities_total', { type: 'NAME', direction: 'inbound' }), 10);
  t.equal(sample(text, 'chaperone_guardrail_outcomes_total', { stage: 'test-phi', direction: 'inbound', outcome: 'pass' }), 5);
  t.equal(sample(text, 'chaperone_decisions_total', { action: 'allow' }), 5);
  t.ok(sample(text, 'chaperone_audit_records_total')! >= 6, 'audit records counted');
  t.ok(sample(text, 'chaperone_audit_fsync_duration_seconds_count')! >= 1, 'fsync latency observed');
  t.type(sample(text, 'chaperone_audit_last_checkpoint_age_seconds'), 'number');
  t.type(sample(text, 'chaperone_process_cpu_seconds_total'), 'number', 'process metrics');
  for (const declared of ['chaperone_escalations_total', 'chaperone_escalation_queue_depth', 'chaperone_webhook_delivery_failures_total', 'chaperone_rate_limit_rejections_total', 'chaperone_policy_reloads_total']) {
    t.match(text, new RegExp(`# TYPE ${declared} `), `${declared} is exported`);
  }

  t.notMatch(text, /conv-secret-123|req-metric-1/, 'no conversation or request ids in labels');
  for (const [, name, type] of text.matchAll(/^# TYPE (chaperone_\S+) (\w+)$/gm)) {
    if (type === 'counter') t.match(name, /_total$/, `${name}: counters end in _total`);
    if (type === 'histogram') t.match(name, /_(seconds|bytes)$/, `${name}: histograms carry their unit`);
  }
  const scrape = await fetch(`${url}/metrics`);
  t.equal(sample(await scrape.text(), 'chaperone_http_requests_total', { route: '/metrics', status: '200' }), 1, 'the scrape itself is counted');
  assertLogsClean(t, logs);
});
