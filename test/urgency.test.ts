import t from 'tap';
import { BUILT_IN_REPLIES } from '../src/policy/evaluate.js';
import { detectUrgency } from '../src/escalation/urgency.js';
import { KEYS, writeAccessFile } from './fixtures/access.js';
import { SHIPPED_POLICIES, spawnGateway } from './fixtures/cli.js';
import { startDeadOllama } from './fixtures/ollama-simulator.js';
import { postChat, readStream } from './fixtures/sse.js';

t.test('emergencies and crises are found; negations, history and everyday requests are not', async (t) => {
  const cases: Array<[string, string | null]> = [
    ['I have crushing chest pain and my left arm is numb', 'emergency'],
    ['i cant breathe', 'emergency'],
    ['I can’t breathe', 'emergency'],
    ['my dad’s face is drooping and his speech is slurred', 'emergency'],
    ['my son took too many pills', 'emergency'],
    ['she is bleeding heavily and it won’t stop', 'emergency'],
    ['my throat is closing after the shot', 'emergency'],
    ['tengo dolor de pecho', 'emergency'],
    ['my refill is late but I have chest pain now', 'emergency'],
    ['I want to kill myself', 'crisis'],
    ['I do not want to live anymore', 'crisis'],
    ['been thinking about ending my life', 'crisis'],
    ['I keep cutting myself', 'crisis'],
    ['I am not safe at home, he hits me', 'crisis'],
    ['quiero morir', 'crisis'],
    ['everyone would be better off without me', 'crisis'],
    ['taking all my meds tonight so i never wake up', 'crisis'],
    ["I can't keep myself safe right now", 'crisis'],
    ['he had a seizure and it has lasted ten minutes', 'emergency'],
    ['grandpa fell and hit his head, now he is confused', 'emergency'],
    ['I had a seizure in 2019, do I need a neurology follow-up?', null],
    ['I hit my head on the cabinet, is urgent care open?', null],
    ['no chest pain, just need a refill', null],
    ['I had a stroke last year and need my records', null],
    ['history of chest pain, booking my follow-up', null],
    ["I'm not suicidal, I just need my refill", null],
    ['can I reschedule my cardiology appointment?', null],
    ['what are the pharmacy hours', null],
    ['my breathing test results came back', null],
  ];
  for (const [text, kind] of cases) t.equal(detectUrgency(text)?.kind ?? null, kind, text);
});

t.test('an emergency is answered with Ollama down, streamed or not, and is never rate limited', async (t) => {
  const dir = t.testdir();
  const accessFile = await writeAccessFile(dir, {}, { requestsPerMinute: 1 });
  const { url, child } = await spawnGateway({
    OLLAMA_HOST: await startDeadOllama((close) => t.teardown(close)),
    CHAPERONE_AUDIT_DIR: `${dir}/audit`,
    CHAPERONE_ACCESS_FILE: accessFile,
    CHAPERONE_POLICY_DIR: SHIPPED_POLICIES,
  });
  t.teardown(() => void child.kill('SIGTERM'));
  const headers = { headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.ccaas}` } };
  const ask = (content: string, stream = false) => postChat(url, { model: 'llama3.2', messages: [{ role: 'user', content }], stream }, headers);

  const everyday = await ask('can I move my appointment?');
  t.equal(everyday.status, 503, 'an everyday question needs the model, which is down');
  t.equal((await ask('and my refill?')).status, 429, 'the tenant is now over its limit');

  const emergency = await ask('I have crushing chest pain');
  t.equal(emergency.status, 200);
  t.equal(emergency.headers.get('x-chaperone-decision'), 'escalate');
  t.match(emergency.headers.get('x-chaperone-escalation-id'), /^esc_[0-9a-f]{32}$/, 'an urgent handoff was written');
  const body = (await emergency.json()) as { choices: Array<{ message: { content: string }; finish_reason: string }> };
  t.match(body.choices[0]!.message.content, /call 911 now/);
  t.equal(body.choices[0]!.finish_reason, 'stop');

  const crisis = await readStream(await ask('I want to end my life', true));
  t.match(crisis.text, /988 Suicide & Crisis Lifeline/);
  t.ok(crisis.done);
  t.equal(BUILT_IN_REPLIES.emergency.includes('911'), true, 'the built-in fallback points to 911 as well');
});
