import OpenAI from 'openai';
import t, { type Test } from 'tap';
import { assertLogsClean, startTestGateway, TEST_API_KEY } from './fixtures/gateway.js';
import { DEFAULT_MODEL, startDeadOllama } from './fixtures/ollama-simulator.js';

const { url, simulator, logs } = await startTestGateway(t, { env: { CHAPERONE_BODY_LIMIT: '4096' } });

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { error: Record<string, unknown> } };
}

const chat = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hello' }], ...extra });

function assertOpenAIError(t: Test, body: { error: Record<string, unknown> }, expected: Record<string, unknown>) {
  t.same(Object.keys(body.error).sort(), ['code', 'message', 'param', 'type'], 'error body has exactly OpenAI\'s fields');
  t.match(body.error, expected);
  t.type(body.error.message, 'string');
}

t.test('malformed JSON is a 400 that does not echo the body', async (t) => {
  const { status, body } = await post('/v1/chat/completions', '{"model": "x", "messages": [Jane Q. Doe');
  t.equal(status, 400);
  assertOpenAIError(t, body, { type: 'invalid_request_error', code: 'invalid_json', param: null });
  t.notMatch(JSON.stringify(body), /Jane/);
});

t.test('an empty body is a 400', async (t) => {
  const { status, body } = await post('/v1/chat/completions', '');
  t.equal(status, 400);
  assertOpenAIError(t, body, { code: 'invalid_json' });
});

t.test('schema violations name the parameter', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['temperature as a string', chat({ temperature: '0.7' }), 'temperature'],
    ['temperature out of range', chat({ temperature: 3 }), 'temperature'],
    ['missing messages', JSON.stringify({ model: DEFAULT_MODEL }), 'messages'],
    ['empty messages', JSON.stringify({ model: DEFAULT_MODEL, messages: [] }), 'messages'],
    ['unknown role', JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'wizard', content: 'x' }] }), 'messages[0].role'],
    ['user message without content', JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'user' }] }), 'messages[0].content'],
    ['max_tokens zero', chat({ max_tokens: 0 }), 'max_tokens'],
    ['stream not boolean', chat({ stream: 'yes' }), 'stream'],
  ];
  for (const [name, payload, param] of cases) {
    const { status, body } = await post('/v1/chat/completions', payload);
    t.equal(status, 400, `${name}: 400`);
    assertOpenAIError(t, body, { type: 'invalid_request_error', code: 'invalid_request', param });
  }
});

t.test('parameters the model server cannot honour are refused by name', async (t) => {
  for (const [payload, param] of [
    [chat({ n: 2 }), 'n'],
    [chat({ logprobs: true }), 'logprobs'],
    [JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/x.png' } }] }] }), 'messages[0].content[0].image_url.url'],
  ] as const) {
    const { status, body } = await post('/v1/chat/completions', payload);
    t.equal(status, 400);
    assertOpenAIError(t, body, { code: 'unsupported_parameter', param });
  }
});

t.test('unknown model is a 404 on every route', async (t) => {
  const chatResult = await post('/v1/chat/completions', chat({ model: 'no-such-model' }));
  t.equal(chatResult.status, 404);
  assertOpenAIError(t, chatResult.body, { code: 'model_not_found', param: 'model', type: 'invalid_request_error' });
  const streamResult = await post('/v1/chat/completions', chat({ model: 'no-such-model', stream: true }));
  t.equal(streamResult.status, 404, 'a stream to an unknown model fails before any event is sent');
  const embedResult = await post('/v1/embeddings', JSON.stringify({ model: 'no-such-model', input: 'x' }));
  t.equal(embedResult.status, 404);
  const retrieve = await fetch(`${url}/v1/models/no-such-model`);
  t.equal(retrieve.status, 404);
  assertOpenAIError(t, (await retrieve.json()) as { error: Record<string, unknown> }, { code: 'model_not_found' });

  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: TEST_API_KEY, maxRetries: 0 });
  const rejection = await openai.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }).catch((error: unknown) => error);
  t.ok(rejection instanceof OpenAI.NotFoundError, 'the official client raises NotFoundError');
});

t.test('a body over the limit is a 413', async (t) => {
  const { status, body } = await post('/v1/chat/completions', chat({ messages: [{ role: 'user', content: 'x'.repeat(8192) }] }));
  t.equal(status, 413);
  assertOpenAIError(t, body, { code: 'request_too_large' });
});

t.test('a body that is not JSON is a 415', async (t) => {
  const response = await fetch(`${url}/v1/chat/completions`, { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
  t.equal(response.status, 415);
  assertOpenAIError(t, (await response.json()) as { error: Record<string, unknown> }, { code: 'unsupported_media_type' });
});

t.test('an unknown URL is a 404 in OpenAI shape', async (t) => {
  const response = await fetch(`${url}/v1/completions/legacy?x=1`);
  t.equal(response.status, 404);
  assertOpenAIError(t, (await response.json()) as { error: Record<string, unknown> }, { code: 'unknown_url', message: /GET \/v1\/completions\/legacy\./ });
});

t.test('embedding token arrays are refused by name', async (t) => {
  const { status, body } = await post('/v1/embeddings', JSON.stringify({ model: 'nomic-embed-text', input: [[1, 2, 3]] }));
  t.equal(status, 400);
  assertOpenAIError(t, body, { param: /^input/ });
});

t.test('request ids: a clean one is kept, anything else is replaced', async (t) => {
  const kept = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'ccaas-call-42' } });
  t.equal(kept.headers.get('x-request-id'), 'ccaas-call-42');
  const replaced = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'Jane Q. Doe called' } });
  t.match(replaced.headers.get('x-request-id'), /^[0-9a-f-]{36}$/);
  t.match(kept.headers.get('x-chaperone-policy-version'), /^[0-9a-f]{16}$/);
});

t.test('Ollama failing mid-stream sends an error event, then closes', async (t) => {
  simulator.knobs.failAfterTokens = 3;
  t.teardown(() => simulator.reset());
  const response = await fetch(`${url}/v1/chat/completions`, { method: 'POST', body: chat({ stream: true }), headers: { 'content-type': 'application/json' } });
  t.equal(response.status, 200);
  const text = await response.text();
  const events = text.trim().split('\n\n').map((frame) => frame.replace(/^data: /, ''));
  t.notOk(events.includes('[DONE]'), 'no [DONE] after an error');
  const last = JSON.parse(events.at(-1)!) as { error: Record<string, unknown> };
  assertOpenAIError(t, last, { code: 'upstream_error', type: 'api_error' });
  t.equal(events.length, 1 + 3 + 1, 'role chunk, three tokens, the error');

  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: TEST_API_KEY, maxRetries: 0 });
  const stream = await openai.chat.completions.create({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }], stream: true });
  const failure = await (async () => {
    for await (const chunk of stream) void chunk;
  })().catch((error: unknown) => error);
  t.ok(failure instanceof OpenAI.APIError, 'the official client raises the error event as an APIError');
  t.match((failure as { message: string }).message, /model server failed/);
});

t.test('Ollama answering with an error status maps to a gateway error', async (t) => {
  simulator.knobs.reply = () => ({ error: { status: 500, message: 'llama runner process has terminated' } });
  t.teardown(() => simulator.reset());
  const { status, body } = await post('/v1/chat/completions', chat());
  t.equal(status, 502);
  assertOpenAIError(t, body, { code: 'upstream_error', type: 'api_error' });
});

t.test('Ollama slower than the timeout is a 504', async (t) => {
  const slow = await startTestGateway(t, { env: { CHAPERONE_UPSTREAM_TIMEOUT_MS: '300' }, simulator: { firstByteDelayMs: 2000 } });
  for (const stream of [false, true]) {
    const response = await fetch(`${slow.url}/v1/chat/completions`, { method: 'POST', body: chat({ stream }), headers: { 'content-type': 'application/json' } });
    t.equal(response.status, 504, `stream=${stream}`);
    assertOpenAIError(t, (await response.json()) as { error: Record<string, unknown> }, { code: 'upstream_timeout' });
  }
});

t.test('Ollama down is a 503 with Retry-After, and /readyz says so', async (t) => {
  const down = await startTestGateway(t, { env: { OLLAMA_HOST: await startDeadOllama((close) => t.teardown(close)), CHAPERONE_UPSTREAM_RETRIES: '1' } });
  for (const stream of [false, true]) {
    const response = await fetch(`${down.url}/v1/chat/completions`, { method: 'POST', body: chat({ stream }), headers: { 'content-type': 'application/json' } });
    t.equal(response.status, 503, `stream=${stream}`);
    t.equal(response.headers.get('retry-after'), '5');
    assertOpenAIError(t, (await response.json()) as { error: Record<string, unknown> }, { code: 'upstream_unavailable' });
  }
  const models = await fetch(`${down.url}/v1/models`);
  t.equal(models.status, 503);
  const ready = await fetch(`${down.url}/readyz`);
  t.equal(ready.status, 503);
  t.match(await ready.json(), { status: 'not_ready', checks: { ollama: /failed/, policies: 'ok', audit: 'ok' } });
  assertLogsClean(t, down.logs);
});

t.test('logs hold no PHI or credentials', async (t) => {
  assertLogsClean(t, logs);
});
