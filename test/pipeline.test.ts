import { once } from 'node:events';
import t from 'tap';
import { Pipeline } from '../src/pipeline/runner.js';
import { assertLogsClean, startTestGateway } from './fixtures/gateway.js';
import { DEFAULT_MODEL } from './fixtures/ollama-simulator.js';
import { postChat, readStream, sseFrames } from './fixtures/sse.js';
import {
  answerRefills,
  blockOnKeyword,
  failingInbound,
  failingOutbound,
  pseudonymizeName,
  redactWord,
  stopAtWord,
} from './fixtures/stages.js';

const user = (content: string) => ({ model: DEFAULT_MODEL, messages: [{ role: 'user', content }] });

t.test('inbound: block, respond and rewrite', async (t) => {
  const { url, simulator, logs } = await startTestGateway(t, {
    pipeline: new Pipeline([blockOnKeyword, answerRefills, pseudonymizeName]),
  });

  const blocked = await postChat(url, user('please BLOCKME'));
  t.equal(blocked.status, 400);
  t.match(await blocked.json(), { error: { code: 'request_blocked', message: 'Blocked by the test policy.' } });
  t.equal(blocked.headers.get('x-chaperone-decision'), null);

  const before = simulator.received.length;
  for (const stream of [false, true]) {
    const answered = await postChat(url, { ...user('I need a refill'), stream });
    t.equal(answered.status, 200);
    t.equal(answered.headers.get('x-chaperone-decision'), 'respond');
    const text = stream ? (await readStream(answered)).text : ((await answered.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
    t.equal(text, 'Refill requests go through the pharmacy line.', `stream=${stream}`);
  }
  t.equal(simulator.received.length, before, 'a stage that answers keeps the request away from the model');

  const rewritten = await postChat(url, user('This is Jane Q. Doe calling.'));
  t.equal(rewritten.status, 200);
  t.equal(rewritten.headers.get('x-chaperone-decision'), 'allow');
  const sent = simulator.lastBody('/api/chat')!.messages as Array<{ content: string }>;
  t.equal(sent[0]!.content, 'This is <NAME_1> calling.', 'the model saw the rewritten message');
  assertLogsClean(t, logs);
});

t.test('a failing inbound stage fails closed', async (t) => {
  const { url, simulator, logs } = await startTestGateway(t, { pipeline: new Pipeline([failingInbound]) });
  const response = await postChat(url, user('This is Jane Q. Doe calling.'));
  t.equal(response.status, 503);
  t.match(await response.json(), { error: { code: 'guardrail_unavailable' } });
  t.equal(simulator.received.length, 0, 'nothing reached the model');
  assertLogsClean(t, logs);
});

t.test('outbound: a held-back window catches a secret split across chunks', async (t) => {
  const { url, simulator } = await startTestGateway(t, {
    pipeline: new Pipeline([], [redactWord('4829173', '<MRN_1>')]),
    simulator: { reply: () => ({ chunks: ['Your chart ', 'number is 48', '29', '173, and ', 'your visit is ', 'Tuesday.'] }) },
  });
  const streamed = await readStream(await postChat(url, { ...user('chart?'), stream: true }));
  t.equal(streamed.text, 'Your chart number is <MRN_1>, and your visit is Tuesday.');
  t.ok(streamed.contents.every((piece) => !/48|29|173/.test(piece)), 'no piece of the secret left in any chunk');
  t.equal(streamed.contents[0], 'Your chart ', 'text that cannot start the secret leaves at once');
  t.equal(streamed.finishReason, 'stop');
  t.ok(streamed.done);

  const whole = (await (await postChat(url, user('chart?'))).json()) as { choices: Array<{ message: { content: string } }> };
  t.equal(whole.choices[0]!.message.content, streamed.text, 'streamed and non-streamed output agree');

  simulator.reset({ tokenDelayMs: 100, reply: simulator.knobs.reply });
  const response = await postChat(url, { ...user('chart?'), stream: true });
  let writtenWhenFirstTextArrived = -1;
  for await (const frame of sseFrames(response)) {
    if (frame.includes('"content":"Your chart "')) {
      writtenWhenFirstTextArrived = simulator.tokensWritten;
      break;
    }
  }
  await response.body?.cancel();
  t.ok(
    writtenWhenFirstTextArrived >= 1 && writtenWhenFirstTextArrived < 6,
    'the first text reached the caller before the model had finished its reply',
  );
});

t.test('outbound: a stage stops the stream mid-way and the model stops too', async (t) => {
  const reply = 'You should take 400 mg every four hours and rest.';
  const { url, simulator } = await startTestGateway(t, {
    pipeline: new Pipeline([], [stopAtWord('mg')]),
    simulator: { reply: () => ({ content: reply }), tokenDelayMs: 20 },
  });
  const streamed = await readStream(await postChat(url, { ...user('dose?'), stream: true }));
  t.equal(streamed.text, 'You should take 400 ');
  t.equal(streamed.finishReason, 'content_filter');
  t.ok(streamed.done, 'the stream ends cleanly with [DONE]');
  await simulator.abortsReach(1);
  t.equal(simulator.aborted, 1, 'the upstream generation was aborted');

  const whole = (await (await postChat(url, user('dose?'))).json()) as { choices: Array<{ message: { content: string }; finish_reason: string }> };
  t.equal(whole.choices[0]!.message.content, 'You should take 400 ');
  t.equal(whole.choices[0]!.finish_reason, 'content_filter');
});

t.test('outbound: filters chain, and a failing filter ends the stream with an error', async (t) => {
  const { url } = await startTestGateway(t, {
    pipeline: new Pipeline([], [redactWord('Tuesday', '<DATE_1>'), stopAtWord('<DATE_1>'), failingOutbound(100)]),
    simulator: { reply: () => ({ content: 'See you on Tuesday at nine.' }) },
  });
  const chained = await readStream(await postChat(url, { ...user('when?'), stream: true }));
  t.equal(chained.text, 'See you on ', 'the second filter stopped on what the first one wrote');
  t.equal(chained.finishReason, 'content_filter');

  const failing = await startTestGateway(t, { pipeline: new Pipeline([], [failingOutbound(2)]) });
  const broken = await readStream(await postChat(failing.url, { ...user('hello'), stream: true }));
  t.equal(broken.error?.code, 'guardrail_unavailable');
  t.notOk(broken.done);
  t.equal(broken.contents.length, 2, 'nothing unchecked left after the failure');
  const brokenWhole = await postChat(failing.url, user('hello'));
  t.equal(brokenWhole.status, 200, 'a non-streamed reply is one write, which passes');
});

t.test('a caller that hangs up stops the generation', async (t) => {
  const { url, simulator, logs } = await startTestGateway(t, { simulator: { tokenDelayMs: 30, reply: () => ({ content: 'word '.repeat(200) }) } });
  const controller = new AbortController();
  const response = await postChat(url, { ...user('long answer please'), stream: true }, { signal: controller.signal });
  let frames = 0;
  try {
    for await (const frame of sseFrames(response)) {
      void frame;
      if (++frames === 3) controller.abort();
    }
  } catch {
    // the fetch rejects once we abort it
  }
  await simulator.abortsReach(1);
  t.equal(simulator.aborted, 1, 'streamed generation aborted');

  simulator.reset({ firstByteDelayMs: 5_000 });
  const waiting = new AbortController();
  const pending = postChat(url, user('slow answer'), { signal: waiting.signal }).catch(() => undefined);
  await once(simulator.events, 'request');
  waiting.abort();
  await pending;
  await simulator.abortsReach(1);
  t.equal(simulator.aborted, 1, 'non-streamed generation aborted');
  assertLogsClean(t, logs);
});
