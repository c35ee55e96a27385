import OpenAI from 'openai';
import t from 'tap';
import { assertLogsClean, startTestGateway, TEST_API_KEY } from './fixtures/gateway.js';
import { DEFAULT_MODEL, DEFAULT_REPLY } from './fixtures/ollama-simulator.js';

const { url, simulator, logs } = await startTestGateway(t);
const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: TEST_API_KEY, maxRetries: 0 });
const patientMessage = 'Hi, this is Jane Q. Doe, MRN 4829173, I need to move my appointment.';

t.test('lists the models Ollama has', async (t) => {
  const models = [];
  for await (const model of openai.models.list()) models.push(model);
  t.same(models.map((model) => model.id), simulator.knobs.models);
  t.match(models[0], { object: 'model', owned_by: 'ollama' });
  t.ok(models[0]!.created > 1_700_000_000, 'created is a unix time in seconds');

  const one = await openai.models.retrieve('llama3.2');
  t.equal(one.id, DEFAULT_MODEL, 'a name without a tag resolves to :latest, as in Ollama');
});

t.test('chats, translating parameters both ways', async (t) => {
  const completion = await openai.chat.completions.create({
    model: 'llama3.2',
    messages: [
      { role: 'system', content: 'You are the scheduling assistant.' },
      { role: 'user', content: patientMessage },
    ],
    temperature: 0.2,
    top_p: 0.9,
    max_tokens: 200,
    seed: 7,
    stop: ['\n\n'],
  });
  t.equal(completion.object, 'chat.completion');
  t.match(completion.id, /^chatcmpl-/);
  t.equal(completion.choices[0]!.message.content, DEFAULT_REPLY);
  t.equal(completion.choices[0]!.finish_reason, 'stop');
  t.equal(completion.usage!.completion_tokens, DEFAULT_REPLY.split(' ').length, 'completion tokens come from eval_count');
  t.equal(completion.usage!.total_tokens, completion.usage!.prompt_tokens + completion.usage!.completion_tokens);

  const sent = simulator.lastBody('/api/chat')!;
  t.equal(sent.stream, false);
  t.same(sent.options, { temperature: 0.2, top_p: 0.9, num_predict: 200, seed: 7, stop: ['\n\n'] });
  t.same(sent.messages, [
    { role: 'system', content: 'You are the scheduling assistant.' },
    { role: 'user', content: patientMessage },
  ]);
});

t.test('max_tokens reached gives finish_reason length; max_completion_tokens wins', async (t) => {
  const completion = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: 'hello' }],
    max_tokens: 50,
    max_completion_tokens: 3,
  });
  t.equal(completion.choices[0]!.finish_reason, 'length');
  t.equal(completion.usage!.completion_tokens, 3);
  t.equal((simulator.lastBody('/api/chat')!.options as { num_predict: number }).num_predict, 3);
});

t.test('streams chunks, a finish chunk, a usage chunk and [DONE]', async (t) => {
  const stream = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: patientMessage }],
    stream: true,
    stream_options: { include_usage: true },
  });
  const chunks: OpenAI.ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  t.equal(chunks[0]!.choices[0]!.delta.role, 'assistant');
  const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
  t.equal(text, DEFAULT_REPLY);
  t.ok(chunks.length > 5, 'the reply arrives in several chunks');
  const finish = chunks.filter((chunk) => chunk.choices[0]?.finish_reason);
  t.equal(finish.length, 1);
  t.equal(finish[0]!.choices[0]!.finish_reason, 'stop');
  const last = chunks.at(-1)!;
  t.same(last.choices, []);
  t.equal(last.usage!.completion_tokens, DEFAULT_REPLY.split(' ').length);
  t.ok(chunks.every((chunk) => chunk.object === 'chat.completion.chunk' && chunk.id === chunks[0]!.id));
});

t.test('tools and tool calls round-trip', async (t) => {
  simulator.knobs.reply = () => ({ toolCalls: [{ name: 'find_slots', arguments: { department: 'cardiology', days: 7 } }] });
  t.teardown(() => simulator.reset());
  const tools: OpenAI.ChatCompletionTool[] = [
    {
      type: 'function',
      function: {
        name: 'find_slots',
        description: 'Find open appointment slots',
        parameters: { type: 'object', properties: { department: { type: 'string' }, days: { type: 'integer' } } },
      },
    },
  ];
  const completion = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: 'Any cardiology slots this week?' }],
    tools,
  });
  const choice = completion.choices[0]!;
  t.equal(choice.finish_reason, 'tool_calls');
  const call = choice.message.tool_calls![0]!;
  t.equal(call.type, 'function');
  if (call.type !== 'function') return;
  t.equal(call.function.name, 'find_slots');
  t.same(JSON.parse(call.function.arguments), { department: 'cardiology', days: 7 });
  t.same((simulator.lastBody('/api/chat')!.tools as unknown[])[0], tools[0]);

  simulator.knobs.reply = () => ({ content: 'Tuesday at 9:00 is open.' });
  const followUp = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [
      { role: 'user', content: 'Any cardiology slots this week?' },
      { role: 'assistant', content: null, tool_calls: [call] },
      { role: 'tool', tool_call_id: call.id, content: '["Tue 09:00"]' },
    ],
    tools,
  });
  t.equal(followUp.choices[0]!.message.content, 'Tuesday at 9:00 is open.');
  const messages = simulator.lastBody('/api/chat')!.messages as Array<Record<string, unknown>>;
  t.same(messages[1], { role: 'assistant', content: '', tool_calls: [{ function: { name: 'find_slots', arguments: { department: 'cardiology', days: 7 } } }] });
  t.same(messages[2], { role: 'tool', content: '["Tue 09:00"]', tool_name: 'find_slots' });

  simulator.knobs.reply = () => ({ toolCalls: [{ name: 'find_slots', arguments: { department: 'oncology' } }] });
  const streamed = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: 'Oncology?' }],
    tools,
    stream: true,
  });
  const deltas = [];
  let finish: string | null | undefined;
  for await (const chunk of streamed) {
    deltas.push(...(chunk.choices[0]?.delta.tool_calls ?? []));
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  t.equal(deltas.length, 1);
  t.equal(deltas[0]!.index, 0);
  t.equal(deltas[0]!.function!.name, 'find_slots');
  t.equal(finish, 'tool_calls');
});

t.test('response_format maps to Ollama format', async (t) => {
  simulator.knobs.reply = () => ({ content: '{"slot":"Tue 09:00"}' });
  t.teardown(() => simulator.reset());
  await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: 'json please' }],
    response_format: { type: 'json_object' },
  });
  t.equal(simulator.lastBody('/api/chat')!.format, 'json');
  const schema = { type: 'object', properties: { slot: { type: 'string' } }, required: ['slot'] };
  const completion = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: 'user', content: 'json please' }],
    response_format: { type: 'json_schema', json_schema: { name: 'slot', schema } },
  });
  t.same(simulator.lastBody('/api/chat')!.format, schema);
  t.same(JSON.parse(completion.choices[0]!.message.content!), { slot: 'Tue 09:00' });
});

t.test('images travel as bytes, developer messages as system', async (t) => {
  const png = Buffer.from('fake-png-bytes').toString('base64');
  await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [
      { role: 'developer', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'What is this form?' }, { type: 'image_url', image_url: { url: `data:image/png;base64,${png}` } }] },
    ],
  });
  const messages = simulator.lastBody('/api/chat')!.messages as Array<Record<string, unknown>>;
  t.same(messages[0], { role: 'system', content: 'Be brief.' });
  t.same(messages[1], { role: 'user', content: 'What is this form?', images: [png] });
});

t.test('embeds, as floats and as base64', async (t) => {
  const floats = await openai.embeddings.create({ model: 'nomic-embed-text', input: ['first text', 'second text'], encoding_format: 'float' });
  t.equal(floats.data.length, 2);
  t.equal(floats.data[1]!.index, 1);
  t.equal(floats.data[0]!.embedding.length, 8);
  t.ok(floats.usage.prompt_tokens > 0);
  // The client asks for base64 by default and decodes it: the vectors must come out the same.
  const decoded = await openai.embeddings.create({ model: 'nomic-embed-text', input: 'first text' });
  t.equal(decoded.data[0]!.embedding.length, 8);
  decoded.data[0]!.embedding.forEach((value, index) => {
    t.ok(Math.abs(value - floats.data[0]!.embedding[index]!) < 1e-6, `component ${index} matches`);
  });
  const sized = await openai.embeddings.create({ model: 'nomic-embed-text', input: 'x', dimensions: 16, encoding_format: 'float' });
  t.equal(sized.data[0]!.embedding.length, 16);
});

t.test('logs hold no PHI or credentials', async (t) => {
  assertLogsClean(t, logs);
});
