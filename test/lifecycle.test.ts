import { once } from 'node:events';
import t from 'tap';
import { spawnGateway } from './fixtures/cli.js';
import { assertLogsClean, SECRET_MARKERS } from './fixtures/gateway.js';
import { DEFAULT_MODEL, DEFAULT_REPLY, OllamaSimulator } from './fixtures/ollama-simulator.js';
import { postChat, sseFrames } from './fixtures/sse.js';

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index} `).join('');

async function startedStream(url: string) {
  const response = await postChat(url, {
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: `My name is ${SECRET_MARKERS[0]}` }],
    stream: true,
  });
  const frames = sseFrames(response);
  const first = await frames.next();
  return { first: first.value as string, rest: frames };
}

t.test('SIGTERM lets an in-flight stream finish, refuses new work, exits 0', async (t) => {
  const simulator = await OllamaSimulator.start({ tokenDelayMs: 20, reply: () => ({ content: words(40) }) });
  t.teardown(() => simulator.close());
  const { child, url, output } = await spawnGateway({
    OLLAMA_HOST: simulator.url,
    CHAPERONE_AUDIT_DIR: t.testdir(),
    CHAPERONE_LOG_LEVEL: 'trace',
  });
  const exited = once(child, 'exit');
  const { first, rest } = await startedStream(url);
  t.match(first, /"role":"assistant"/);
  child.kill('SIGTERM');

  const frames = [first];
  for await (const frame of rest) frames.push(frame);
  t.equal(frames.at(-1), '[DONE]', 'the stream finished normally');
  const text = frames
    .filter((frame) => frame !== '[DONE]')
    .map((frame) => (JSON.parse(frame) as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta.content ?? '')
    .join('');
  t.equal(text, words(40), 'every token arrived');

  const refused = await fetch(`${url}/healthz`).then(
    (response) => response.status,
    () => 'refused',
  );
  t.not(refused, 200, 'no new request is served once shutdown began');
  const [code] = (await exited) as [number];
  t.equal(code, 0);
  t.match(output(), /"msg":"chaperone stopped"/);
  t.match(output(), /"forced":false/);
  assertLogsClean(t, [output()]);
});

t.test('the grace period bounds how long shutdown waits', async (t) => {
  const simulator = await OllamaSimulator.start({ tokenDelayMs: 30, reply: () => ({ content: words(400) }) });
  t.teardown(() => simulator.close());
  const { child, url, output } = await spawnGateway({
    OLLAMA_HOST: simulator.url,
    CHAPERONE_AUDIT_DIR: t.testdir(),
    CHAPERONE_SHUTDOWN_GRACE_MS: '200',
  });
  const exited = once(child, 'exit');
  const { rest } = await startedStream(url);
  child.kill('SIGTERM');
  const frames: string[] = [];
  try {
    for await (const frame of rest) frames.push(frame);
  } catch {
    // the connection is cut when the grace period ends
  }
  t.not(frames.at(-1), '[DONE]', 'the long stream was cut');
  const [code] = (await exited) as [number];
  t.equal(code, 0);
  t.match(output(), /grace period over/);
  t.match(output(), /"forced":true/);
  await simulator.abortsReach(1);
  t.ok(simulator.tokensWritten < 400, 'the model stopped generating for the cut stream');
});

t.test('a non-streamed request in flight is answered before exit', async (t) => {
  const simulator = await OllamaSimulator.start({ firstByteDelayMs: 300 });
  t.teardown(() => simulator.close());
  const { child, url } = await spawnGateway({ OLLAMA_HOST: simulator.url, CHAPERONE_AUDIT_DIR: t.testdir() });
  const exited = once(child, 'exit');
  const pending = postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }] });
  await once(simulator.events, 'request');
  child.kill('SIGTERM');
  const response = await pending;
  t.equal(response.status, 200);
  const body = (await response.json()) as { choices: Array<{ message: { content: string } }> };
  t.equal(body.choices[0]!.message.content, DEFAULT_REPLY);
  const [code] = (await exited) as [number];
  t.equal(code, 0);
});
