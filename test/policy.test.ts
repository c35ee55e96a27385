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
