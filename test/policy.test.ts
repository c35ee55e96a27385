import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { loadPolicySet } from '../src/policy/store.js';
import { PROJECT_ROOT, runCli } from './fixtures/cli.js';
import { startTestGateway } from './fixtures/gateway.js';

const SHIPPED = join(PROJECT_ROOT, 'policies');

async function policyCopy(t: Test): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chaperone-policies-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await cp(SHIPPED, dir, { recursive: true });
  return dir;
}

t.test('the shipped policies load and lint clean', async (t) => {
  const set = await loadPolicySet(SHIPPED);
  t.match(set.version, /^[0-9a-f]{16}$/);
  t.same(set.policies.map((entry) => entry.policy.tenant), ['default']);
  const run = await runCli(['policy', 'lint', SHIPPED]);
  t.equal(run.code, 0);
  t.match(run.stdout, /^ok: 1 policies \(default\), version [0-9a-f]{16}\n$/);
  const header = await readFile(join(SHIPPED, 'default.yaml'), 'utf8');
  t.match(header, /^# yaml-language-server: \$schema=\.\/schema\.json\n/, 'editors find the schema');
});

t.test('every kind of bad policy is named by file and line', async (t) => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown field', 'tenant: north\ndescription: x\nshadwo: true\n', /north\.yaml:3: \(top level\): unknown field "shadwo"$/],
    ['wrong type', 'tenant: north\nshadow: "yes"\n', /north\.yaml:2: shadow must be boolean$/],
    ['bad tenant id', 'tenant: North Clinic\n', /north\.yaml:1: tenant must match pattern/],
    ['missing tenant', 'description: x\n', /north\.yaml:1: \(top level\) must have required property 'tenant'$/],
    ['duplicate tenant', 'tenant: default\n', /north\.yaml:1: tenant "default" is already governed by default\.yaml$/],
    ['bad recognizer pattern', "tenant: north\nphi:\n  recognizers:\n    - { name: MRN_NORTH, label: MRN, pattern: 'NR-(\\d{7}' }\n", /north\.yaml:4: phi\.recognizers\[0\]\.pattern is not a valid regular expression/],
    ['recognizer matching nothing', "tenant: north\nphi:\n  recognizers:\n    - { name: MRN_NORTH, label: MRN, pattern: '\\d*' }\n", /north\.yaml:4: phi\.recognizers\[0\]\.pattern matches empty text$/],
    ['recognizer without a label', "tenant: north\nphi:\n  recognizers:\n    - { name: MRN_NORTH, pattern: 'NR-\\d{7}' }\n", /north\.yaml:4: phi\.recognizers\.0 must have required property 'label'$/],
  ];
  for (const [name, text, expected] of cases) {
    const dir = await policyCopy(t);
    await writeFile(join(dir, 'north.yaml'), text);
    await t.rejects(loadPolicySet(dir), { name: 'PolicyLoadError', message: expected }, name);
  }
  const lonely = await policyCopy(t);
  await rm(join(lonely, 'default.yaml'));
  await writeFile(join(lonely, 'north.yaml'), 'tenant: north\n');
  await t.rejects(loadPolicySet(lonely), { message: /has no policy for tenant "default"$/ });

  const broken = await policyCopy(t);
  await writeFile(join(broken, 'north.yaml'), 'tenant: north\nshadwo: true\n');
  const run = await runCli(['policy', 'lint', broken]);
  t.equal(run.code, 1);
  t.match(run.stderr, /^chaperone: policy: .*north\.yaml:2: \(top level\): unknown field "shadwo"\n$/);
});

t.test('hot reload applies a good edit and keeps the last good policy on a bad one', async (t) => {
  const dir = await policyCopy(t);
  const { url, logs } = await startTestGateway(t, { env: { CHAPERONE_POLICY_DIR: dir } });
  const version = async () => (await fetch(`${url}/healthz`)).headers.get('x-chaperone-policy-version');
  const waitFor = async (predicate: () => boolean | Promise<boolean>) => {
    for (let attempt = 0; attempt < 100 && !(await predicate()); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  const before = await version();

  await writeFile(join(dir, 'north.yaml'), 'tenant: north\ndescription: North clinic\n');
  await waitFor(async () => (await version()) !== before);
  const applied = await version();
  t.not(applied, before, 'a valid new policy is in force, with a new version');

  await writeFile(join(dir, 'north.yaml'), 'tenant: north\nshadwo: true\n');
  await waitFor(() => logs.some((line) => line.includes('policy edit rejected')));
  t.equal(await version(), applied, 'an invalid edit leaves the last good policy in force');
  const rejection = logs.find((line) => line.includes('policy edit rejected'))!;
  t.match(rejection, /north\.yaml:2: \(top level\): unknown field \\"shadwo\\"/);

  const metrics = await (await fetch(`${url}/metrics`)).text();
  t.match(metrics, /chaperone_policy_reloads_total\{result="applied"\} 1/);
  t.match(metrics, /chaperone_policy_reloads_total\{result="rejected"\} 1/);
});

t.test('policy test runs the shipped cases and names what a failing case got', async (t) => {
  const passing = await runCli(['policy', 'test', SHIPPED]);
  t.equal(passing.code, 0, passing.stdout);
  t.match(passing.stdout, /^PASS .*default\.yaml:\d+: rescheduling is automated$/m);
  t.match(passing.stdout, /\n(\d+) passed, 0 failed\n$/);

  const dir = await policyCopy(t);
  await writeFile(
    join(dir, 'tests', 'extra.yaml'),
    'cases:\n  - name: wrong on purpose\n    message: I need a refill on my inhaler\n    expect: { intent: billing, escalate: true }\n  - name: unknown intent\n    message: hi\n    expect: { intent: astrology }\n',
  );
  const failing = await runCli(['policy', 'test', dir]);
  t.equal(failing.code, 1);
  t.match(failing.stdout, /FAIL .*extra\.yaml:2: wrong on purpose\n {5}intent: expected billing, got refill\n {5}escalate: expected true, got false\n/);
  t.match(failing.stdout, /FAIL .*extra\.yaml:5: unknown intent\n {5}intent: "astrology" is not an intent of tenant default\n/);
  t.match(failing.stdout, /passed, 2 failed\n$/);

  await writeFile(join(dir, 'tests', 'extra.yaml'), 'cases:\n  - name: no expectation\n    message: hi\n    expect: {}\n');
  const invalid = await runCli(['policy', 'test', dir]);
  t.equal(invalid.code, 1);
  t.match(invalid.stderr, /^chaperone: policy test: .*extra\.yaml:4: \/cases\/0\/expect must NOT have fewer than 1 properties\n$/);
});

t.test('policy explain prints the decision trace; --jsonl answers line by line', async (t) => {
  const one = await runCli(['policy', 'explain', '--dir', SHIPPED, '--channel', 'sms', 'can i take 2 advil with my blood thinner']);
  t.equal(one.code, 0);
  const trace = JSON.parse(one.stdout) as Record<string, unknown>;
  t.match(trace, { tenant: 'default', channel: 'sms', intent: 'clinical_advice', action: 'escalate', escalate: true, escalation: { priority: 'high' }, source: 'pattern' });
  t.equal((trace.similarity as unknown[]).length, 3, 'the closest intents by example similarity are shown');

  const input = [
    JSON.stringify({ id: 'a', text: 'I have crushing chest pain', channel: 'voice' }),
    'not json',
    JSON.stringify({ id: 'b', text: 'what are your hours on saturday' }),
  ].join('\n');
  const lines = await runCli(['policy', 'explain', '--jsonl', '--dir', SHIPPED], {}, `${input}\n`);
  t.equal(lines.code, 1, 'a bad line makes the exit code non-zero');
  const out = lines.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  t.same(out[0], { id: 'a', intent: 'emergency', confidence: 1, action: 'escalate', escalate: true, reason: 'emergency:chest-pain' });
  t.match(out[1], { id: null, line: 2, error: 'line 2: not valid JSON' });
  t.match(out[2], { id: 'b', intent: 'general_info', action: 'auto', escalate: false });

  const usage = await runCli(['policy', 'explain', '--channel', 'fax', 'hi']);
  t.equal(usage.code, 2);
  t.match(usage.stderr, /^chaperone: unknown channel "fax"; channels are sms, chat, email, voice, portal, agent\n$/);
});

t.test('policy lint --strict fails on overlapping and unreachable rules', async (t) => {
  const dir = await policyCopy(t);
  const file = join(dir, 'default.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('keywords: [bill, billed,', 'keywords: [refill, dose, bill, billed,'));
  const relaxed = await runCli(['policy', 'lint', dir]);
  t.equal(relaxed.code, 0, 'warnings alone do not stop the gateway');
  t.match(relaxed.stderr, /warning: .*default\.yaml: intents\.catalog\.billing\.keywords: "dose" is unreachable: it is decided as clinical_advice/);
  t.match(relaxed.stderr, /warning: .*intents\.catalog\.\w+\.keywords: "refill" is also a keyword of \w+/);
  const strict = await runCli(['policy', 'lint', '--strict', dir]);
  t.equal(strict.code, 1);

  await writeFile(file, (await readFile(join(SHIPPED, 'default.yaml'), 'utf8')).replace("        - '\\bdo (?:i|we", "        - '(unclosed'\n        - '\\bdo (?:i|we"));
  const invalid = await runCli(['policy', 'lint', dir]);
  t.equal(invalid.code, 1);
  t.match(invalid.stderr, /default\.yaml:\d+: intents\.catalog\.clinical_advice\.patterns\[\d\] is not a valid regular expression/);
});
