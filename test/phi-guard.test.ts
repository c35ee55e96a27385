import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { Redis } from 'ioredis';
import { PhiAnalyzer, PhiDetector } from '../src/phi/analyzer.js';
import { HOLD_BACK_CHARS, phiInboundStage, PhiOutboundFilter } from '../src/phi/guard.js';
import { MemoryVault, VaultStore, type Vault } from '../src/phi/vault.js';
import { PolicyStore } from '../src/policy/store.js';
import { Pipeline } from '../src/pipeline/runner.js';
import { SHIPPED_POLICIES } from './fixtures/cli.js';
import { assertLogsClean, startTestGateway } from './fixtures/gateway.js';
import { postChat, readStream } from './fixtures/sse.js';

const patternsOnly = new PhiDetector(new PhiAnalyzer());

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

async function run(filter: PhiOutboundFilter, chunks: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const chunk of chunks) out.push((await filter.write(chunk)).text);
  out.push((await filter.end()).text);
  return out;
}

async function vaultWith(values: Array<['NAME' | 'PHONE' | 'EMAIL' | 'DATE', string]>): Promise<Vault> {
  const vault = new MemoryVault();
  await vault.placeholders(values.map(([label, value]) => ({ label, value })));
  return vault;
}

const REPLIES = [
  'Thanks <NAME_1>! Your visit on March 3 is confirmed. Reply to jane.doe@example.com or call 555-123-4567.',
  'Hello <NAME_2>, <NAME_1> asked us to call (312) 555-0198 about MRN 00482913 before 9am.',
  'We sent it to <EMAIL_1>. Your SSN 219-09-9999 is not needed. Take metformin 500 mg twice daily.',
  'No PHI here at all, just a reply about parking in garage B, level 2, open 6am to 10pm every day.',
  '<NAME_1><NAME_2><PHONE_1> and <UNKNOWN_9> with an unfinished <NAM',
  'Dr. Smith will see you. Email bob.jones@hospital.org or visit https://portal.example.org/login?next=/bills now.',
  // Layout that depends on the line below: a town above its country, a signature's employer.
  'Please post it to:\n22829 Jagerij 64\nMAZEE\nBelgium 65260\nThank you.',
  'Send it here:\n\nMAZEE\nBelgium 65260\nThank you.',
  'Kind regards,\nJane Doe\nAcme Widgetry\n12 Main St, Quillfield\nTel 555-201-3344',
  'Ship it to:\n2060 Avenida Otoniel Dutra 1277\n Suite 829\n Salvador\n Brazil 10988\nThanks.',
  'Patient: Maria Gonzalez\nAddress:     03555 Vicolo Calcirelli 13 Suite 694 Valderice Trapani\nPhone: 555-867-5309',
  // Firms known by what follows them: an address, a person, another firm.
  "We'll meet Monday at Corelogic, 0896 69 Farnell Street. Thanks to Bridgewater's Parker Suknović; the sponsors are Zentrix, Enervee Corporation and Karmadata.",
  // Rules that read to the end of a sentence or a line, or back to the word before.
  'Your address is Dhünnberg 68c, West Florian 33121. Write to Legros - Bechtelar at:\ngül sokak 83a\nbingöl 30360\nIs Hope working today? its sean hills h i l l s and i called.',
  // A later mention of a person, further back than the stream keeps in view.
  'Hi Zuzeth Qarvandi, thanks for calling about your refill; the pharmacy says it is ready for pickup after noon today. Qarvandi is also on the account.',
];

t.test('streamed output equals non-streamed output under every chunking, and no identifier leaks', async (t) => {
  const vault = () => vaultWith([['NAME', 'Maria Gonzalez'], ['NAME', 'Tyler'], ['PHONE', '555-867-5309'], ['EMAIL', 'maria@example.com']]);
  const allowed = new Set(['NAME', 'EMAIL']);
  let cases = 0;
  for (const [index, reply] of REPLIES.entries()) {
    // The non-streamed path: the whole reply in one scan.
    const whole = (await new PhiOutboundFilter(patternsOnly, await vault(), allowed).complete(reply)).text;
    t.notMatch(whole, /555-123-4567|jane\.doe@example\.com|219-09-9999|\(312\) 555-0198|bob\.jones|Qarvandi|Corelogic|Bridgewater|Zentrix|Dhünnberg|Bechtelar|bingöl/, `reply ${index}: invented identifiers are redacted`);
    const next = random(index + 1);
    for (let trial = 0; trial < 60; trial++) {
      const chunks: string[] = [];
      for (let position = 0; position < reply.length; ) {
        const size = 1 + Math.floor(next() * (trial % 3 === 0 ? 3 : 20));
        chunks.push(reply.slice(position, position + size));
        position += size;
      }
      const streamed = await run(new PhiOutboundFilter(patternsOnly, await vault(), allowed), chunks);
      cases++;
      if (streamed.join('') !== whole) {
        t.fail(`reply ${index}, trial ${trial}: ${JSON.stringify(streamed)} != ${JSON.stringify(whole)}`);
        return;
      }
      for (const secret of ['555-123-4567', 'jane.doe', '219-09', 'bob.jones', 'Qarvandi', 'Corelogic', 'Bridgewater', 'Zentrix', 'Dhünnberg', 'Bechtelar', 'bingöl']) {
        t.notOk(streamed.join('').includes(secret), 'no secret in the released text');
      }
    }
  }
  t.ok(cases >= 300, `${cases} chunkings compared`);
});

t.test('identifiers split across chunks never leak a byte', async (t) => {
  const vault = await vaultWith([['NAME', 'Jane Doe']]);
  const cases: Array<[string[], string]> = [
    [['Write to jane.', 'doe@example.com today.'], 'Write to <EMAIL> today.'],
    [['Call 555-12', '3-4567 now.'], 'Call <PHONE> now.'],
    [['Hi <NAM', 'E_1>, welcome.'], 'Hi Jane Doe, welcome.'],
  ];
  for (const [chunks, expected] of cases) {
    const filter = new PhiOutboundFilter(patternsOnly, vault, new Set(['NAME']));
    const first = await filter.write(chunks[0]!);
    t.notMatch(first.text, /jane\.|555-12|<NAM/, `nothing of ${JSON.stringify(chunks[0])}'s identifier is released early`);
    const rest = await run(filter, chunks.slice(1));
    t.equal(first.text + rest.join(''), expected);
  }
  const short = new PhiOutboundFilter(patternsOnly, new MemoryVault(), new Set());
  const long = 'x'.repeat(HOLD_BACK_CHARS * 3);
  t.equal((await short.write(long)).text.length, HOLD_BACK_CHARS * 2, 'only the bounded window is held back');
});

t.test('inbound: pseudonyms are stable per conversation and restored only where the channel allows', async (t) => {
  const { url, simulator, logs } = await startTestGateway(t, {
    env: { CHAPERONE_POLICY_DIR: SHIPPED_POLICIES, CHAPERONE_PHI_MODEL: 'off' },
    simulator: {
      reply: (body) => {
        const sent = JSON.stringify(body.messages);
        const name = /<NAME_\d+>/.exec(sent)?.[0] ?? 'there';
        return { content: `Thanks ${name}, your appointment is moved. We will call 555-321-7654.` };
      },
    },
  });
  const ask = (channel: string, conversation: string, stream = false) =>
    postChat(
      url,
      { model: 'llama3.2', stream, messages: [{ role: 'user', content: 'Hi, this is Jane Q. Doe, call me at 555-867-5309. Can I reschedule my appointment to Friday?' }] },
      { headers: { 'content-type': 'application/json', 'x-chaperone-channel': channel, 'x-chaperone-conversation-id': conversation } },
    );
  const chat = await ask('chat', 'conv-1');
  t.equal(chat.status, 200);
  const sent = JSON.stringify(simulator.received.at(-1)!.body!.messages);
  t.notMatch(sent, /Jane|867-5309/, 'the model never sees the name or the phone number');
  t.match(sent, /<NAME_1>.*<PHONE_1>/);
  const chatReply = ((await chat.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
  t.equal(chatReply, 'Thanks Jane Q. Doe, your appointment is moved. We will call <PHONE>.', 'chat may show the name; an invented number is redacted');

  const again = await ask('chat', 'conv-1');
  await again.json();
  t.equal(JSON.stringify(simulator.received.at(-1)!.body!.messages), sent, 'the same conversation gets the same placeholders');

  const sms = await readStream(await ask('sms', 'conv-2', true));
  t.equal(sms.text, 'Thanks <NAME>, your appointment is moved. We will call <PHONE>.', 'SMS may not carry the name back');
  t.ok(sms.done);

  const bad = await postChat(url, { model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'content-type': 'application/json', 'x-chaperone-channel': 'fax' } });
  t.equal(bad.status, 400);
  t.match(await bad.json(), { error: { code: 'invalid_channel', param: 'x-chaperone-channel' } });
  const metrics = await (await fetch(`${url}/metrics`)).text();
  t.match(metrics, /chaperone_phi_entities_total\{type="NAME",direction="inbound"\} [1-9]/);
  assertLogsClean(t, logs);
});

t.test('inbound: a person named in one message is protected when a later message names them by one word', async (t) => {
  const { url, simulator, logs } = await startTestGateway(t, { env: { CHAPERONE_POLICY_DIR: SHIPPED_POLICIES, CHAPERONE_PHI_MODEL: 'off' } });
  const messages = [
    { role: 'user', content: 'Hi, my mother is Zuzeth Qarvandi and she needs a refill.' },
    { role: 'assistant', content: 'Happy to help with the refill.' },
    { role: 'user', content: 'Qarvandi is her married name, the pharmacy may have her maiden name.' },
  ];
  const response = await postChat(url, { model: 'llama3.2', messages }, { headers: { 'content-type': 'application/json', 'x-chaperone-channel': 'chat', 'x-chaperone-conversation-id': 'conv-mention' } });
  t.equal(response.status, 200);
  await response.json();
  const sent = simulator.received.at(-1)!.body!.messages as Array<{ content: string }>;
  t.notMatch(JSON.stringify(sent), /Qarvandi|Zuzeth/, 'neither the full name nor the later mention reaches the model');
  t.match(sent[2]!.content, /^<NAME_\d+> is her married name/);
  assertLogsClean(t, logs);
});

t.test("a hospital's own identifier format from policy is protected on the way in and out", async (t) => {
  const dir = t.testdir();
  const shipped = await readFile(join(SHIPPED_POLICIES, 'default.yaml'), 'utf8');
  const ownFormat = "phi:\n  recognizers:\n    - { name: MRN_LAKESIDE, label: MRN, pattern: '\\bQ\\d{3}[A-Z]{2}\\d{2}\\b', caseSensitive: true }\n";
  await writeFile(join(dir, 'default.yaml'), shipped.replace(/^phi:\n/m, ownFormat));
  const { url, simulator, logs } = await startTestGateway(t, {
    env: { CHAPERONE_POLICY_DIR: dir, CHAPERONE_PHI_MODEL: 'off' },
    simulator: {
      reply: (body) => {
        const placeholder = /<MRN_\d+>/.exec(JSON.stringify(body.messages))?.[0] ?? 'none';
        return { content: `Thanks, ${placeholder} is on file. Your old record Q999ZZ11 is closed.` };
      },
    },
  });
  const ask = (stream: boolean) =>
    postChat(
      url,
      { model: 'llama3.2', stream, messages: [{ role: 'user', content: 'My hospital number is Q123AB45, can I see my records?' }] },
      { headers: { 'content-type': 'application/json', 'x-chaperone-channel': 'portal', 'x-chaperone-conversation-id': 'own-format' } },
    );
  const whole = await ask(false);
  t.equal(whole.status, 200);
  const sent = JSON.stringify(simulator.received.at(-1)!.body!.messages);
  t.notMatch(sent, /Q123AB45/, 'the model never sees the number in the hospital format');
  t.match(sent, /<MRN_1>/);
  const reply = ((await whole.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
  t.equal(reply, 'Thanks, Q123AB45 is on file. Your old record <MRN> is closed.', 'the portal may show the MRN it was given; one the model made up is redacted');
  t.equal((await readStream(await ask(true))).text, reply, 'the same when streamed');
  assertLogsClean(t, logs);
});

t.test('a detector that fails or is too slow fails the request closed, or hands it to a person as the policy says, and is counted', async (t) => {
  const policies = await PolicyStore.load(SHIPPED_POLICIES);
  t.teardown(() => policies.close());
  const failing = { detect: () => Promise.reject(new Error('model crashed')) } as unknown as PhiDetector;
  const slow = { detect: () => new Promise<never>(() => undefined) } as unknown as PhiDetector;
  for (const [name, detector] of [['error', failing], ['timeout', slow]] as const) {
    const failures: string[] = [];
    const stage = phiInboundStage({ policies, detector, vaults: new VaultStore(), hmac: (text) => text, onFailure: (reason) => void failures.push(reason) });
    const { url, simulator } = await startTestGateway(t, { env: { CHAPERONE_PHI_MODEL: 'off' }, pipeline: new Pipeline([stage]) });
    const response = await postChat(url, { model: 'llama3.2', messages: [{ role: 'user', content: 'Jane Q. Doe needs a refill' }] });
    t.equal(response.status, 503, name);
    t.match(await response.json(), { error: { code: 'phi_protection_unavailable' } });
    t.same(failures, [name]);
    t.equal(simulator.received.filter((request) => request.path === '/api/chat').length, 0, 'nothing was forwarded unprotected');
  }

  // failModes.phi: escalate hands the conversation to a person instead, and tells the patient so.
  const dir = t.testdir();
  await writeFile(join(dir, 'default.yaml'), (await readFile(join(SHIPPED_POLICIES, 'default.yaml'), 'utf8')).replace(/failModes: \{ phi: closed,/, 'failModes: { phi: escalate,'));
  const escalating = await PolicyStore.load(dir);
  t.teardown(() => escalating.close());
  const handoffs: string[] = [];
  const escalations = { open: async (_decision: unknown, _messages: unknown, escalation: { reason: string }) => (handoffs.push(escalation.reason), 'handoff-1') };
  const stage = phiInboundStage({ policies: escalating, detector: failing, vaults: new VaultStore(), hmac: (text) => text, escalations });
  const { url, simulator } = await startTestGateway(t, { env: { CHAPERONE_PHI_MODEL: 'off' }, pipeline: new Pipeline([stage]) });
  const response = await postChat(url, { model: 'llama3.2', messages: [{ role: 'user', content: 'Jane Q. Doe needs a refill' }] });
  t.equal(response.status, 200);
  const reply = ((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
  t.match(reply, /connecting you with a member of our team/);
  t.same(handoffs, ['phi-failed']);
  t.equal(simulator.received.filter((request) => request.path === '/api/chat').length, 0, 'the model never saw it');
});

t.test('the Redis vault: replicas agree on placeholders, values are encrypted, another key cannot read them', async (t) => {
  const redis = new Redis('redis://127.0.0.1:6379/6');
  await redis.flushdb();
  t.teardown(() => redis.quit());
  const masterKey = Buffer.alloc(32, 7);
  const [first, second] = [new VaultStore({ client: redis, masterKey }), new VaultStore({ client: redis, masterKey })].map((store) => store.forConversation('north', 'conv-9'));
  const names = Array.from({ length: 30 }, (_, index) => ({ label: 'NAME' as const, value: `Patient Number${index}` }));
  // Two replicas assign the same names at once, in opposite orders.
  const [a, b] = await Promise.all([first!.placeholders(names), second!.placeholders([...names].reverse())]);
  t.same(a, [...b!].reverse(), 'each value got one placeholder, whichever replica asked');
  t.same(new Set(a).size, 30, 'and no placeholder went to two values');
  t.same([...a!].map((placeholder) => Number(/_(\d+)>/.exec(placeholder)![1])).sort((x, y) => x - y), Array.from({ length: 30 }, (_, index) => index + 1));
  t.same(await second!.resolve([a![3]!, '<NAME_99>']), [names[3], undefined]);
  t.same(await first!.placeholders([{ label: 'NAME', value: '  patient   NUMBER3 ' }]), [a![3]], 'spacing and case do not make a new person');
  await first!.notePassed([{ label: 'DATE', value: 'March 3' }]);
  t.same(await second!.carried([{ label: 'DATE', value: 'march 3' }, { label: 'NAME', value: 'Patient Number7' }, { label: 'NAME', value: 'Someone Else' }]), [true, true, false]);

  const [key] = await redis.keys('chaperone:vault:*');
  const stored = JSON.stringify(await redis.hgetall(key!));
  t.notMatch(stored, /Patient|Number|March/i, 'Redis holds no value in the clear');
  t.ok((await redis.pttl(key!)) > 3_600_000, 'the conversation expires when idle');
  const stranger = new VaultStore({ client: redis, masterKey: Buffer.alloc(32, 8) }).forConversation('north', 'conv-9');
  await t.rejects(stranger.resolve([a![0]!]), 'a replica with another key cannot decrypt');
});
