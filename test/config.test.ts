import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ConfigError, DEFAULT_PHI_MODEL_DIR, loadConfig } from '../src/config/config.js';
import { runCli } from './fixtures/cli.js';

t.test('defaults need no settings at all', async (t) => {
  t.same(loadConfig({}), {
    host: '127.0.0.1',
    port: 8080,
    ollamaHost: 'http://127.0.0.1:11434',
    policyDir: './policies',
    auditDir: './data/audit',
    escalationDir: './data/escalations',
    phiModel: DEFAULT_PHI_MODEL_DIR,
    logLevel: 'info',
    bodyLimit: 1_048_576,
    upstreamTimeoutMs: 120_000,
    upstreamRetries: 1,
    shutdownGraceMs: 10_000,
    replicaId: hostname(),
    auditMode: 'strict',
    auditCheckpointRecords: 1000,
    auditCheckpointSeconds: 60,
    auditSegmentMaxBytes: 67_108_864,
    auditSegmentMaxHours: 24,
    rateLimitFailMode: 'local',
  });
});

t.test('the environment overrides the file, which overrides defaults', async (t) => {
  const dir = t.testdir({ 'chaperone.yaml': 'port: 9000\nlogLevel: debug\nredisUrl: redis://127.0.0.1:6379\n' });
  const config = loadConfig({ CHAPERONE_CONFIG: join(dir, 'chaperone.yaml'), CHAPERONE_PORT: '9100' });
  t.equal(config.port, 9100);
  t.equal(config.logLevel, 'debug');
  t.equal(config.redisUrl, 'redis://127.0.0.1:6379');
});

t.test('a bad value names the variable or the file key', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ CHAPERONE_PORT: '80x80' }, /^config: CHAPERONE_PORT must be integer$/],
    [{ CHAPERONE_PORT: '70000' }, /^config: CHAPERONE_PORT must be <= 65535$/],
    [{ OLLAMA_HOST: 'ollama:11434' }, /^config: OLLAMA_HOST must match pattern/],
    [{ CHAPERONE_LOG_LEVEL: 'loud' }, /^config: CHAPERONE_LOG_LEVEL must be equal to one of the allowed values$/],
    [{ REDIS_URL: 'localhost:6379' }, /^config: REDIS_URL must match pattern/],
    [{ CHAPERONE_HOST: '0.0.0.0' }, /^config: CHAPERONE_HOST=0\.0\.0\.0 is not a loopback address/],
    [{ CHAPERONE_CONFIG: '/nonexistent/chaperone.yaml' }, /^config: cannot read CHAPERONE_CONFIG=\/nonexistent\/chaperone\.yaml \(ENOENT\)$/],
  ];
  for (const [env, message] of cases) t.throws(() => loadConfig(env), { name: 'ConfigError', message }, JSON.stringify(env));

  const dir = t.testdir({ 'bad.yaml': 'port: [1\n', 'unknown.yaml': 'colour: blue\n', 'typed.yaml': 'upstreamRetries: 9\n' });
  t.throws(() => loadConfig({ CHAPERONE_CONFIG: join(dir, 'bad.yaml') }), { message: /^config: .*bad\.yaml is not valid YAML or JSON/ });
  t.throws(() => loadConfig({ CHAPERONE_CONFIG: join(dir, 'unknown.yaml') }), { message: /unknown setting "colour"/ });
  t.throws(() => loadConfig({ CHAPERONE_CONFIG: join(dir, 'typed.yaml') }), { message: /typed\.yaml: upstreamRetries must be <= 5$/ });
  t.ok(new ConfigError('x') instanceof Error);
  t.equal(loadConfig({ CHAPERONE_HOST: '0.0.0.0', CHAPERONE_ACCESS_FILE: '/etc/chaperone/access.yaml' }).host, '0.0.0.0', 'any address once authentication is configured');
});

t.test('chaperone serve with a bad setting exits non-zero with one line', async (t) => {
  const run = await runCli(['serve'], { CHAPERONE_PORT: 'eighty' });
  t.equal(run.code, 1);
  t.equal(run.stderr, 'chaperone: config: CHAPERONE_PORT must be integer\n');
  t.equal(run.stdout, '');
});

t.test('chaperone serve without its policy folder exits non-zero with one line', async (t) => {
  const run = await runCli(['serve'], { CHAPERONE_POLICY_DIR: '/nonexistent/policies', CHAPERONE_PORT: '0' });
  t.equal(run.code, 1);
  t.equal(run.stderr, 'chaperone: policy: cannot read policy folder /nonexistent/policies (ENOENT)\n');
});

t.test('a broken policy file stops the start, naming file and line', async (t) => {
  const dir = t.testdir({ 'default.yaml': 'tenant: default\nchannels: [sms\n' });
  const run = await runCli(['serve'], { CHAPERONE_POLICY_DIR: dir, CHAPERONE_PORT: '0' });
  t.equal(run.code, 1);
  t.match(run.stderr, /^chaperone: policy: .*default\.yaml:3: BAD_INDENT: Flow sequence in block collection must be sufficiently indented and end with a \]\n$/);
});

t.test('unknown commands and arguments are refused', async (t) => {
  const unknown = await runCli(['serv']);
  t.equal(unknown.code, 2);
  t.match(unknown.stderr, /^chaperone: unknown command "serv"/);
  const extra = await runCli(['serve', '--port', '9']);
  t.equal(extra.code, 2);
  const help = await runCli(['help']);
  t.equal(help.code, 0);
  t.match(help.stdout, /serve/);
});

t.test('an audit folder that cannot be created stops the start', async (t) => {
  const dir = t.testdir({ file: 'not a folder' });
  await writeFile(join(dir, 'file'), 'x');
  const run = await runCli(['serve'], { CHAPERONE_AUDIT_DIR: join(dir, 'file', 'audit'), CHAPERONE_PORT: '0' });
  t.equal(run.code, 1);
  t.match(run.stderr, /^chaperone: cannot use .*file\/audit \(ENOTDIR\)\n$/);
});
