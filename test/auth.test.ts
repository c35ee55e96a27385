import { createSecretKey } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import OpenAI from 'openai';
import t from 'tap';
import { Agent, request } from 'undici';
import { loadAccessConfig } from '../src/auth/access.js';
import { runCli } from './fixtures/cli.js';
import { AUDIENCE, ISSUER, KEYS, signingKey, token, writeAccessFile, writeJwks } from './fixtures/access.js';
import { assertLogsClean, startTestGateway } from './fixtures/gateway.js';
import { DEFAULT_MODEL } from './fixtures/ollama-simulator.js';

const dir = t.testdir();
const rsa = signingKey('rsa-1', 'RS256');
const ec = signingKey('ec-1', 'ES256');
const rotated = signingKey('rsa-2', 'RS256');
await writeJwks(join(dir, 'jwks.json'), [rsa, ec]);
const accessFile = await writeAccessFile(dir);
const { url, logs, simulator, config } = await startTestGateway(t, { env: { CHAPERONE_ACCESS_FILE: accessFile } });

const chat = (authorization?: string) =>
  fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hello' }] }),
  });

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

t.test('no or bad credentials: 401 in OpenAI shape, before the body is read', async (t) => {
  const before = simulator.received.length;
  for (const [name, header] of [
    ['no header', undefined],
    ['wrong scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['unknown key', 'Bearer sk-chaperone-not-a-real-key'],
  ] as const) {
    const response = await chat(header);
    t.equal(response.status, 401, name);
    t.equal(response.headers.get('www-authenticate'), 'Bearer');
    t.match(await response.json(), { error: { type: 'authentication_error', code: 'invalid_api_key', param: null } });
  }
  t.equal(simulator.received.length, before, 'nothing reached the model');
  t.equal((await fetch(`${url}/healthz`)).status, 200, 'probes need no credentials');
});

t.test('an API key authenticates as its tenant, and the official client works with it', async (t) => {
  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: KEYS.ccaas, maxRetries: 0 });
  const completion = await openai.chat.completions.create({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }] });
  t.equal(completion.choices[0]!.finish_reason, 'stop');
  const models = await openai.models.list();
  t.ok(models.data.length > 0);
  const metrics = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${KEYS.sre}` } });
  t.match(await metrics.text(), /chaperone_http_requests_total\{route="\/v1\/chat\/completions",status="200",tenant="north"\} 1/);
  const audit = await runCli(['audit', 'query', config.auditDir, '--tenant', 'north']);
  t.ok(audit.stdout.split('\n').some((line) => line.includes('"keyId":"north-ccaas"')), 'the audit record names the key, not the secret');
});

t.test('roles decide which endpoints a key may use', async (t) => {
  const agent = await chat(`Bearer ${KEYS.agent}`);
  t.equal(agent.status, 403);
  t.match(await agent.json(), { error: { type: 'permission_error', code: 'insufficient_role', message: /ccaas/ } });
  const ccaasOnMetrics = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${KEYS.ccaas}` } });
  t.equal(ccaasOnMetrics.status, 403);
  const anonymousMetrics = await fetch(`${url}/metrics`);
  t.equal(anonymousMetrics.status, 401);
});

t.test('JWTs from the identity provider: good ones pass, every attack fails', async (t) => {
  t.equal((await chat(`Bearer ${await token(rsa)}`)).status, 200, 'RS256');
  t.equal((await chat(`Bearer ${await token(ec)}`)).status, 200, 'ES256');

  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: ISSUER, aud: AUDIENCE, sub: 'x', tenant: 'north', roles: ['ccaas'], exp: now + 300, iat: now };
  const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' });
  const good = await token(rsa);
  const [header, body, signature] = good.split('.') as [string, string, string];
  const attacks: Array<[string, string, RegExp]> = [
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`, /ERR_JOSE_ALG_NOT_ALLOWED|ERR_JWS_INVALID/],
    ['HS256 signed with the public key', await new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' }).sign(createSecretKey(Buffer.from(publicPem))), /ERR_JOSE_ALG_NOT_ALLOWED/],
    ['expired', await token(rsa, { exp: now - 3600 }), /ERR_JWT_EXPIRED/],
    ['not yet valid', await token(rsa, { nbf: now + 3600 }), /ERR_JWT_CLAIM_VALIDATION_FAILED: nbf/],
    ['wrong audience', await token(rsa, { aud: 'someone-else' }), /ERR_JWT_CLAIM_VALIDATION_FAILED: aud/],
    ['wrong issuer', await token(rsa, { iss: 'https://evil.test' }), /ERR_JWT_CLAIM_VALIDATION_FAILED: iss/],
    ['unknown kid', await token(rotated), /ERR_JWKS_NO_MATCHING_KEY/],
    ['tampered payload', `${header}.${b64({ ...payload, tenant: 'south' })}.${signature}`, /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/],
    ['unknown tenant', await token(rsa, { tenant: 'west' }), /no known tenant/],
    ['no exp', await new SignJWT({ tenant: 'north' }).setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' }).setIssuer(ISSUER).setAudience(AUDIENCE).sign(rsa.privateKey), /ERR_JWT_CLAIM_VALIDATION_FAILED: exp/],
  ];
  void body;
  for (const [name, jwt, reason] of attacks) {
    const response = await chat(`Bearer ${jwt}`);
    t.equal(response.status, 401, `${name}: 401`);
    const error = ((await response.json()) as { error: { message: string; type: string } }).error;
    t.equal(error.type, 'authentication_error');
    t.match(error.message, reason, `${name}: ${error.message}`);
  }
  const agentToken = await token(rsa, { roles: ['agent'] });
  t.equal((await chat(`Bearer ${agentToken}`)).status, 403, 'a token without the ccaas role');

  await writeJwks(join(dir, 'jwks.json'), [rsa, ec, rotated]);
  t.equal((await chat(`Bearer ${await token(rotated)}`)).status, 200, 'a rotated-in key is picked up on its first unknown kid');
});

t.test('logs hold no credentials', async (t) => {
  assertLogsClean(t, logs);
});

t.test('mTLS: a client certificate is required and names the tenant', async (t) => {
  const certs = await mkdtemp(join(tmpdir(), 'chaperone-certs-'));
  t.teardown(() => rm(certs, { recursive: true, force: true }));
  const issued = await runCli(['certs', 'init', '--out', certs, '--tenant', 'north']);
  t.equal(issued.code, 0, issued.stderr);
  const mtlsAccess = await writeAccessFile(certs, {
    tenants: [{ id: 'north', certificateNames: ['north'] }],
    tls: { cert: join(certs, 'server.pem'), key: join(certs, 'server-key.pem'), clientCa: join(certs, 'ca.pem') },
  });
  const gateway = await startTestGateway(t, { env: { CHAPERONE_ACCESS_FILE: mtlsAccess } });
  const httpsUrl = gateway.url.replace('http:', 'https:');
  const ca = await readFile(join(certs, 'ca.pem'));
  const body = JSON.stringify({ model: DEFAULT_MODEL, messages: [{ role: 'user', content: 'hi' }] });

  const anonymous = new Agent({ connect: { ca } });
  await t.rejects(request(`${httpsUrl}/v1/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, dispatcher: anonymous }), 'no client certificate: the handshake is refused');

  const client = new Agent({ connect: { ca, cert: await readFile(join(certs, 'client-north.pem')), key: await readFile(join(certs, 'client-north-key.pem')) } });
  const response = await request(`${httpsUrl}/v1/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, dispatcher: client });
  t.equal(response.statusCode, 200);
  await response.body.dump();
  await client.close();
  await anonymous.close();
});

t.test('a bad access file stops the start with one line', async (t) => {
  const bad = join(t.testdir({ 'access.yaml': 'tenants: []\n' }), 'access.yaml');
  t.throws(() => loadAccessConfig(bad), { message: /^access: .*access\.yaml: tenants must NOT have fewer than 1 items$/ });
  const hs = join(t.testdir({ 'access.yaml': `tenants: [{id: a}]\njwt: {jwksFile: x, issuer: i, audience: a, algorithms: [HS256]}\n` }), 'access.yaml');
  t.throws(() => loadAccessConfig(hs), { message: /jwt\.algorithms\.0 must be equal to one of the allowed values/ }, 'shared-secret algorithms are refused');
  const orphan = join(t.testdir({ 'access.yaml': `tenants: [{id: a}]\napiKeys: [{id: k, tenant: b, hash: "sha256:${'0'.repeat(64)}", roles: [ccaas]}]\n` }), 'access.yaml');
  t.throws(() => loadAccessConfig(orphan), { message: /API key k names unknown tenant b/ });
  const run = await runCli(['serve'], { CHAPERONE_ACCESS_FILE: bad, CHAPERONE_PORT: '0' });
  t.equal(run.code, 1);
  t.match(run.stderr, /^chaperone: access: /);
});

t.test('chaperone keys new prints a key once and its hashed entry', async (t) => {
  const run = await runCli(['keys', 'new', '--id', 'east-1', '--tenant', 'east', '--role', 'ccaas']);
  t.equal(run.code, 0);
  const key = /\n {2}(sk-chaperone-\S+)\n/.exec(run.stdout)![1]!;
  const { hashApiKey } = await import('../src/auth/authenticator.js');
  t.match(run.stdout, `hash: ${hashApiKey(key)}`);
  const bad = await runCli(['keys', 'new', '--id', 'x', '--tenant', 'y', '--role', 'wizard']);
  t.equal(bad.code, 2);
});

t.test('a JWKS URL is cached and fetched again for an unknown kid', async (t) => {
  const { createServer } = await import('node:http');
  const served = [rsa];
  let fetches = 0;
  const remoteDir = await mkdtemp(join(tmpdir(), 'chaperone-jwks-'));
  t.teardown(() => rm(remoteDir, { recursive: true, force: true }));
  const jwksServer = createServer((_request, response) => {
    fetches += 1;
    void (async () => {
      const path = join(remoteDir, 'served.json');
      await writeJwks(path, served);
      response.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(path));
    })();
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));
  const { port } = jwksServer.address() as { port: number };
  const remoteAccess = await writeAccessFile(remoteDir, {
    jwt: { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, issuer: ISSUER, audience: AUDIENCE, algorithms: ['RS256'], jwksRefreshCooldownSeconds: 0 },
  });
  const gateway = await startTestGateway(t, { env: { CHAPERONE_ACCESS_FILE: remoteAccess } });
  const call = async (jwt: string) =>
    (await fetch(`${gateway.url}/v1/models`, { headers: { authorization: `Bearer ${jwt}` } })).status;
  t.equal(await call(await token(rsa)), 200);
  t.equal(await call(await token(rsa)), 200);
  t.equal(fetches, 1, 'the key set is cached');
  served.push(rotated);
  t.equal(await call(await token(rotated)), 200, 'an unknown kid fetches the key set again');
  t.equal(fetches, 2);
});

t.test('/metrics can be served alone on its own port, without credentials', async (t) => {
  const gateway = await startTestGateway(t, { env: { CHAPERONE_ACCESS_FILE: accessFile, CHAPERONE_METRICS_PORT: '0' } });
  const line = gateway.logs.find((entry) => entry.includes('"metricsPort"'))!;
  const port = (JSON.parse(line) as { metricsPort: number }).metricsPort;
  const scrape = await fetch(`http://127.0.0.1:${port}/metrics`);
  t.equal(scrape.status, 200);
  t.match(await scrape.text(), /# TYPE chaperone_http_requests_total counter/);
  t.equal((await fetch(`http://127.0.0.1:${port}/v1/models`)).status, 404, 'nothing else is served there');
  t.equal((await fetch(`${gateway.url}/metrics`)).status, 401, 'the main port still asks for credentials');
});
