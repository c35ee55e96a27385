/**
 * What authentication and Redis-backed rate limits cost: requests/s at c=32 with an API key and
 * per-tenant and per-key limits in Redis, against the same gateway with both off, in one run,
 * taking turns. Then the time to verify one JWT with a cached JWKS, in process.
 *
 *   npm run bench:auth            # about a minute; needs Redis on 127.0.0.1:6379
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { Authenticator } from '../src/auth/authenticator.js';
import { KEYS, signingKey, token, writeAccessFile, writeJwks } from '../test/fixtures/access.js';
import { fmt, load, mean, MESSAGES, MODEL, percentile, runBenchmark, SECONDS, startGateway, startSimulator } from './lib.js';
import { loadAccessConfig } from '../src/auth/access.js';

async function jwtVerifyMs(dir: string, alg: 'RS256' | 'ES256', rounds: number): Promise<{ p50: number; p99: number }> {
  const key = signingKey(`bench-${alg}`, alg);
  await writeJwks(join(dir, 'jwks.json'), [key]);
  const authenticator = new Authenticator(loadAccessConfig(await writeAccessFile(dir)));
  const jwt = await token(key);
  const request = { headers: { authorization: `Bearer ${jwt}` }, raw: { socket: {} } } as unknown as FastifyRequest;
  for (let round = 0; round < 200; round++) await authenticator.authenticate(request);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await authenticator.authenticate(request);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-bench-auth-'));
  const tenant = `bench-${randomUUID().slice(0, 8)}`;
  const { hashApiKey } = await import('../src/auth/authenticator.js');
  const accessFile = await writeAccessFile(dir, {
    tenants: [{ id: tenant, limits: { requestsPerMinute: 10_000_000, tokensPerMinute: 1_000_000_000 } }],
    apiKeys: [{ id: 'bench', tenant, hash: hashApiKey(KEYS.ccaas), roles: ['ccaas'], limits: { requestsPerMinute: 10_000_000 } }],
  });
  const simulator = await startSimulator();
  const open = await startGateway(simulator.url, { CHAPERONE_AUDIT_MODE: 'async' });
  const guarded = await startGateway(simulator.url, { CHAPERONE_AUDIT_MODE: 'async', CHAPERONE_ACCESS_FILE: accessFile, REDIS_URL: 'redis://127.0.0.1:6379' });
  const body = { model: MODEL, messages: MESSAGES };
  const headers = { authorization: `Bearer ${KEYS.ccaas}` };
  await load(open.url, '/v1/chat/completions', body, 8, 2);
  await load(guarded.url, '/v1/chat/completions', body, 8, 2, headers);

  const rates = { open: [] as number[], guarded: [] as number[] };
  let errors = 0;
  for (let round = 0; round < 2; round++) {
    const plain = await load(open.url, '/v1/chat/completions', body, 32);
    const checked = await load(guarded.url, '/v1/chat/completions', body, 32, SECONDS, headers);
    rates.open.push(plain.rps);
    rates.guarded.push(checked.rps);
    errors += plain.errors + checked.errors;
    process.stderr.write(`  round ${round + 1}: off ${fmt(plain.rps, 0)} req/s, auth+limits ${fmt(checked.rps, 0)} req/s\n`);
  }
  const rs256 = await jwtVerifyMs(dir, 'RS256', 5000);
  const es256 = await jwtVerifyMs(dir, 'ES256', 5000);

  console.log('\nChaperone auth and rate-limit benchmark (loopback, Ollama simulator, Redis, c=32)');
  console.log(`${SECONDS}s per run, two rounds each\n`);
  console.log(`  auth and limits off:         ${fmt(mean(rates.open), 0)} req/s`);
  console.log(`  API key + Redis limits:      ${fmt(mean(rates.guarded), 0)} req/s`);
  console.log(`  ratio:                       ${fmt(mean(rates.guarded) / mean(rates.open))}  (target >= 0.90)`);
  for (const [alg, jwt] of [['RS256', rs256], ['ES256', es256]] as const) {
    console.log(`  JWT verification, cached JWKS (${alg}): p50 ${fmt(jwt.p50, 3)} ms, p99 ${fmt(jwt.p99, 3)} ms  (target p50 <= 0.2 ms)`);
  }
  return errors;
}

runBenchmark(main);
