import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { verifyAuditFolder } from '../src/audit/verify.js';
import { runCli, spawnGateway } from './fixtures/cli.js';
import { SECRET_MARKERS, startTestGateway } from './fixtures/gateway.js';
import { DEFAULT_MODEL, OllamaSimulator } from './fixtures/ollama-simulator.js';
import { postChat, readStream } from './fixtures/sse.js';

const SMALL_SEGMENTS = { CHAPERONE_AUDIT_SEGMENT_MAX_BYTES: '4096', CHAPERONE_AUDIT_CHECKPOINT_RECORDS: '7', CHAPERONE_REPLICA_ID: 'replica-a' };
const patient = `Hello, I am ${SECRET_MARKERS[0]}, born ${SECRET_MARKERS[4]}, call me at ${SECRET_MARKERS[2]}.`;

async function chainFiles(dir: string): Promise<string[]> {
  const folder = join(dir, 'chains', 'replica-a');
  return (await readdir(folder)).sort().map((name) => join(folder, name));
}

async function auditText(dir: string): Promise<string> {
  const texts = await Promise.all((await chainFiles(dir)).map((file) => readFile(file, 'utf8')));
  return texts.join('');
}

const publicKeyOf = async (dir: string) => createPublicKey(await readFile(join(dir, 'audit-signing-key.pub.pem')));

const auditDir = await mkdtemp(join(tmpdir(), 'chaperone-audit-test-'));
t.teardown(() => rm(auditDir, { recursive: true, force: true }));

t.test('every request leaves one record with hashes and counts, never text', async (t) => {
  const { url, gateway } = await startTestGateway(t, { env: { ...SMALL_SEGMENTS, CHAPERONE_AUDIT_DIR: auditDir } });
  const ids: string[] = [];
  for (let index = 0; index < 12; index++) {
    const stream = index % 3 === 0;
    const response = await postChat(
      url,
      { model: DEFAULT_MODEL, messages: [{ role: 'user', content: patient }], stream },
      { headers: { 'content-type': 'application/json', 'x-chaperone-conversation-id': 'conv-77', 'x-request-id': `req-${index}` } },
    );
    t.equal(response.status, 200);
    if (stream) await readStream(response);
    else await response.arrayBuffer();
    ids.push(`req-${index}`);
  }
  const missing = await postChat(url, { model: 'no-such-model', messages: [{ role: 'user', content: patient }] }, { headers: { 'content-type': 'application/json', 'x-request-id': 'req-missing' } });
  t.equal(missing.status, 404);
  await gateway.shutdown();

  const text = await auditText(auditDir);
  for (const marker of SECRET_MARKERS) t.notOk(text.includes(marker), `no ${JSON.stringify(marker.slice(0, 4))}… in the audit trail`);
  t.ok((await chainFiles(auditDir)).length > 2, 'the chain rotated across several segments');

  const records = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const first = records.find((record) => record.kind === 'request' && record.requestId === 'req-1')!;
  t.match(first, {
    v: 1,
    chain: 'replica-a',
    route: '/v1/chat/completions',
    status: 200,
    tenant: 'default',
    stream: false,
    action: 'allow',
    model: DEFAULT_MODEL,
    usage: { promptTokens: Number, completionTokens: Number },
    inputHmac: /^[0-9a-f]{64}$/,
    outputHmac: /^[0-9a-f]{64}$/,
    conversation: /^[0-9a-f]{64}$/,
    policyVersion: /^[0-9a-f]{16}$/,
    latencyMs: Number,
    hash: /^[0-9a-f]{64}$/,
  });
  const second = records.find((record) => record.requestId === 'req-2')!;
  t.equal(second.conversation, first.conversation, 'one conversation, one keyed hash');
  t.equal(second.inputHmac, first.inputHmac, 'the same text gives the same keyed hash');
  const streamed = records.filter((record) => record.requestId === 'req-0');
  t.same(streamed.map((record) => record.kind), ['request', 'stream-end'], 'a stream is recorded before its first byte and when it ends');
  t.equal(streamed[1]!.outputHmac, first.outputHmac, 'the streamed reply hashes like the same reply unstreamed');
  t.match(records.find((record) => record.requestId === 'req-missing'), { status: 404, kind: 'request' });
  t.equal(records.filter((record) => record.kind === 'request').length, 13, 'one record per request');

  const [report] = await verifyAuditFolder(auditDir, await publicKeyOf(auditDir));
  t.equal(report!.problem, undefined);
  t.equal(report!.signedThrough, report!.lastSeq, 'a clean shutdown signs everything');
});

t.test('a restarted gateway continues the same chain', async (t) => {
  const before = (await auditText(auditDir)).trim().split('\n').length;
  const { url, gateway } = await startTestGateway(t, { env: { ...SMALL_SEGMENTS, CHAPERONE_AUDIT_DIR: auditDir } });
  t.equal((await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hours?' }] })).status, 200);
  await gateway.shutdown();
  const records = (await auditText(auditDir)).trim().split('\n').map((line) => JSON.parse(line) as { seq: number; kind: string });
  t.ok(records.length > before);
  t.same(records.map((record) => record.seq), records.map((_, index) => index + 1), 'sequence numbers run on without a gap');
  t.ok(records.some((record, index) => index > 0 && record.kind === 'chain-opened'), 'the restart is itself recorded');
  const run = await runCli(['audit', 'verify', auditDir, '--public-key', join(auditDir, 'audit-signing-key.pub.pem')]);
  t.equal(run.code, 0);
  t.match(run.stdout, /^OK {3}chain replica-a: \d+ records in \d+ segments, signed through record \d+\n$/);
});

t.test('verify names the first bad record for every kind of tampering', async (t) => {
  const cases: Array<[string, (files: string[]) => Promise<void>, RegExp]> = [
    ['an edited record', async (files) => {
      const text = await readFile(files[1]!, 'utf8');
      await writeFile(files[1]!, text.replace('"status":200', '"status":500'));
    }, /first bad record: \d{20}\.jsonl line \d+ \(record \d+\): edited: /],
    ['a deleted record', async (files) => {
      const lines = (await readFile(files[1]!, 'utf8')).split('\n');
      lines.splice(2, 1);
      await writeFile(files[1]!, lines.join('\n'));
    }, /line 3 \(record \d+\): missing/],
    ['an inserted record', async (files) => {
      const lines = (await readFile(files[1]!, 'utf8')).split('\n');
      lines.splice(3, 0, lines[1]!);
      await writeFile(files[1]!, lines.join('\n'));
    }, /line 4 \(record \d+\): out-of-order/],
    ['reordered records', async (files) => {
      const lines = (await readFile(files[1]!, 'utf8')).split('\n');
      [lines[1], lines[2]] = [lines[2]!, lines[1]!];
      await writeFile(files[1]!, lines.join('\n'));
    }, /line 2 \(record \d+\): missing: .*removed or reordered/],
    ['a missing segment', async (files) => unlink(files[1]!), /: missing-segment: /],
    ['a truncated tail', async (files) => {
      const last = files.at(-1)!;
      const text = await readFile(last, 'utf8');
      await writeFile(last, text.slice(0, text.length - 40));
    }, /truncated: the chain ends in an incomplete record: records after \d+ \(the last signed checkpoint\) cannot be verified/],
  ];
  for (const [name, tamper, expected] of cases) {
    const copy = await mkdtemp(join(tmpdir(), 'chaperone-tamper-'));
    t.teardown(() => rm(copy, { recursive: true, force: true }));
    await cp(auditDir, copy, { recursive: true });
    await tamper(await chainFiles(copy));
    const run = await runCli(['audit', 'verify', copy, '--public-key', join(copy, 'audit-signing-key.pub.pem')]);
    t.equal(run.code, 1, `${name}: exit 1`);
    t.match(run.stdout, expected, `${name}: named`);
  }

  const stranger = generateKeyPairSync('ed25519').publicKey;
  const [report] = await verifyAuditFolder(auditDir, stranger);
  t.equal(report!.problem?.kind, 'bad-signature', 'checkpoints signed by another key are refused');
});

t.test('audit query filters request records for compliance officers', async (t) => {
  const all = await runCli(['audit', 'query', auditDir]);
  t.equal(all.code, 0);
  const records = all.stdout.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; status: number; time: string });
  t.equal(records.length, 14);
  t.ok(records.every((record) => record.kind === 'request'));
  const future = await runCli(['audit', 'query', auditDir, '--since', '2999-01-01T00:00:00Z']);
  t.equal(future.stdout, '');
  const tenant = await runCli(['audit', 'query', auditDir, '--tenant', 'default', '--action', 'allow']);
  t.equal(tenant.stdout.trim().split('\n').length, 14, 'policy allowed every request, the one that failed upstream too');
  const models = await runCli(['audit', 'query', auditDir, '--action', 'block']);
  t.equal(models.stdout, '', 'nothing was blocked');
  const bad = await runCli(['audit', 'query', auditDir, '--since', 'yesterday']);
  t.equal(bad.code, 2);
  t.match(bad.stderr, /^chaperone: --since must be an ISO 8601 time/);
  const noDir = await runCli(['audit', 'verify']);
  t.equal(noDir.code, 2);
});

const mountPoint = await mkdtemp(join(tmpdir(), 'chaperone-full-'));
const smallDisk = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

t.test('a full disk fails closed: 503 and not ready, never an unrecorded answer', { skip: smallDisk ? false : 'mounting a small tmpfs needs root' }, async (t) => {
  t.teardown(async () => {
    execFileSync('umount', [mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  });
  const { url, simulator } = await startTestGateway(t, { env: { CHAPERONE_AUDIT_DIR: mountPoint, CHAPERONE_REPLICA_ID: 'replica-full' } });
  const statuses: number[] = [];
  for (let index = 0; index < 400 && !statuses.includes(503); index++) {
    const response = await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'x'.repeat(50) }] });
    statuses.push(response.status);
    const body = await response.json() as { error?: { code: string } };
    if (response.status === 503) t.equal(body.error?.code, 'audit_unavailable');
  }
  t.ok(statuses.includes(200) && statuses.at(-1) === 503, 'answers stop once records cannot be written');
  simulator.knobs.tokenDelayMs = 50;
  const stream = await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'x' }], stream: true });
  t.equal(stream.status, 503, 'a stream is refused before its first byte');
  await simulator.abortsReach(1);
  t.equal(simulator.aborted, 1, 'and its generation is stopped');
  const ready = await fetch(`${url}/readyz`);
  t.equal(ready.status, 503);
  t.match(await ready.json(), { checks: { audit: 'failed (Error)' } });
});

t.test('SIGKILL under load loses no record of an answered request', async (t) => {
  const simulator = await OllamaSimulator.start();
  t.teardown(() => simulator.close());
  const dir = await mkdtemp(join(tmpdir(), 'chaperone-kill-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const { child, url } = await spawnGateway({ OLLAMA_HOST: simulator.url, CHAPERONE_AUDIT_DIR: dir, CHAPERONE_REPLICA_ID: 'replica-k' });
  const exited = once(child, 'exit');
  const acknowledged: string[] = [];
  let counter = 0;
  let running = true;
  const worker = async () => {
    while (running) {
      const id = `kill-${counter++}`;
      try {
        const response = await postChat(url, { model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hello' }] }, { headers: { 'content-type': 'application/json', 'x-request-id': id } });
        await response.arrayBuffer();
        if (response.status === 200) acknowledged.push(id);
      } catch {
        return;
      }
    }
  };
  const workers = Array.from({ length: 16 }, worker);
  for (let waited = 0; acknowledged.length < 300 && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGKILL');
  running = false;
  await Promise.all(workers);
  await exited;

  const folder = join(dir, 'chains', 'replica-k');
  const text = (await Promise.all((await readdir(folder)).sort().map((name) => readFile(join(folder, name), 'utf8')))).join('');
  const recorded = new Set(text.split('\n').filter(Boolean).flatMap((line) => {
    try {
      return [(JSON.parse(line) as { requestId?: string }).requestId];
    } catch {
      return [];
    }
  }));
  const lost = acknowledged.filter((id) => !recorded.has(id));
  t.ok(acknowledged.length >= 300, `${acknowledged.length} requests answered before the kill`);
  t.same(lost, [], 'every answered request has its record');
});
