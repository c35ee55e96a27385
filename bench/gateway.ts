/**
 * Gateway overhead, in one run on this machine: requests/s and latency p50/p99 at concurrency 1
 * and 32 against (a) the Ollama simulator directly, (b) a bare Fastify + undici passthrough proxy,
 * (c) Chaperone with no guardrail stages; then time to first byte of streams, and Chaperone's
 * idle memory. Everything runs on loopback and stops by itself (about two minutes).
 *
 *   npm run bench            # full run
 *   BENCH_SECONDS=3 npm run bench   # shorter runs per measurement
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { request } from 'undici';

const ROOT = join(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MODEL = 'llama3.2:latest';
const MESSAGES = [
  { role: 'system', content: 'You are the scheduling assistant of a hospital contact center.' },
  { role: 'user', content: 'Hi, I would like to move my Tuesday appointment with cardiology to next week.' },
];

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));

/** A helper process that prints its URL on its first line of output. */
function launch(command: string, args: string[]): Promise<{ url: string; pid: number }> {
  const pattern = /(http:\/\/[\d.:]+)/;
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (data: Buffer) => {
      output += data.toString();
      const match = pattern.exec(output);
      if (match) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({ url: match[1]!, pid: child.pid! });
      }
    });
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
  });
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built gateway as `chaperone serve` runs it; its logs are discarded, at the level it runs with. */
async function startGateway(ollamaHost: string): Promise<{ url: string; pid: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/cli.js', 'serve'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      CHAPERONE_PORT: String(port),
      OLLAMA_HOST: ollamaHost,
      CHAPERONE_AUDIT_DIR: mkdtempSync(join(tmpdir(), 'chaperone-bench-')),
      CHAPERONE_LOG_LEVEL: process.env.CHAPERONE_LOG_LEVEL ?? 'info',
    },
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const healthy = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (healthy) return { url, pid: child.pid! };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the gateway did not start');
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, path: string, body: object, connections: number, seconds = SECONDS): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

interface StreamTarget {
  url: string;
  path: string;
  body: object;
}

async function firstByteOf(target: StreamTarget): Promise<{ byte: number; content: number }> {
  const started = performance.now();
  const response = await request(`${target.url}${target.path}`, {
    method: 'POST',
    body: JSON.stringify(target.body),
    headers: { 'content-type': 'application/json' },
  });
  let byte = 0;
  let content = 0;
  let text = '';
  for await (const chunk of response.body) {
    byte ||= performance.now() - started;
    text += chunk.toString();
    if (/"content":"[^"]/.test(text)) {
      content = performance.now() - started;
      break;
    }
  }
  await response.body.dump();
  return { byte, content };
}

/**
 * Sequential streams, the two targets taking turns so that drift in the machine's load falls on
 * both alike: median time from sending the request to the first body byte and first content.
 */
async function firstBytes(targets: StreamTarget[], rounds: number): Promise<Array<{ byte: number; content: number }>> {
  const samples = targets.map(() => ({ byte: [] as number[], content: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const { byte, content } = await firstByteOf(target);
      samples[index]!.byte.push(byte);
      samples[index]!.content.push(content);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return samples.map((sample) => ({ byte: median(sample.byte), content: median(sample.content) }));
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

async function main(): Promise<void> {
  const simulator = await launch(process.execPath, ['--import', 'tsx', 'test/fixtures/ollama-simulator.ts', '0']);
  const proxy = await launch(process.execPath, ['--import', 'tsx', 'bench/passthrough-proxy.ts', simulator.url]);
  const gateway = await startGateway(simulator.url);
  const idleRss = rssMb(gateway.pid);

  const direct = { url: simulator.url, path: '/api/chat', body: { model: MODEL, messages: MESSAGES, stream: false } };
  const passthrough = { url: proxy.url, path: '/api/chat', body: direct.body };
  const chaperone = { url: gateway.url, path: '/v1/chat/completions', body: { model: MODEL, messages: MESSAGES } };
  const targets = { direct, passthrough, chaperone };

  for (const target of Object.values(targets)) await load(target.url, target.path, target.body, 8, 2); // warm-up

  const rows: Array<{ target: string; connections: number } & LoadResult> = [];
  for (const connections of [1, 32]) {
    for (const [name, target] of Object.entries(targets)) {
      const result = await load(target.url, target.path, target.body, connections);
      rows.push({ target: name, connections, ...result });
      process.stderr.write(`  ${name} c=${connections}: ${fmt(result.rps, 0)} req/s\n`);
    }
  }
  const loadedRss = rssMb(gateway.pid);

  const streams = [
    { ...direct, body: { ...direct.body, stream: true } },
    { ...chaperone, body: { ...chaperone.body, stream: true } },
  ];
  await firstBytes(streams, 200); // warm-up
  const [ttfbDirect, ttfbChaperone] = (await firstBytes(streams, 500)) as [{ byte: number; content: number }, { byte: number; content: number }];

  const find = (target: string, connections: number) => rows.find((row) => row.target === target && row.connections === connections)!;
  console.log('\nChaperone gateway benchmark (loopback, Ollama simulator, no guardrail stages)');
  console.log(`${SECONDS}s per measurement on ${(await import('node:os')).cpus().length} cores\n`);
  console.log('target        conns   req/s      p50 ms   p99 ms   errors');
  for (const row of rows) {
    console.log(`${row.target.padEnd(13)} ${String(row.connections).padStart(5)} ${fmt(row.rps, 0).padStart(8)} ${fmt(row.p50).padStart(10)} ${fmt(row.p99).padStart(8)} ${String(row.errors).padStart(8)}`);
  }
  const c32 = find('chaperone', 32).rps / find('passthrough', 32).rps;
  const added = find('chaperone', 1).p50 - find('direct', 1).p50;
  console.log('\nratios');
  console.log(`  throughput at c=32, chaperone / passthrough: ${fmt(c32)}  (target >= 0.85)`);
  console.log(`  throughput at c=32, chaperone / direct:      ${fmt(find('chaperone', 32).rps / find('direct', 32).rps)}`);
  console.log(`  added p50 at c=1 over direct:                ${fmt(added)} ms  (target <= 1 ms)`);
  console.log(`  stream first byte: direct ${fmt(ttfbDirect.byte)} ms, chaperone ${fmt(ttfbChaperone.byte)} ms, added ${fmt(ttfbChaperone.byte - ttfbDirect.byte)} ms  (target <= 1 ms)`);
  console.log(`  stream first content token: direct ${fmt(ttfbDirect.content)} ms, chaperone ${fmt(ttfbChaperone.content)} ms, added ${fmt(ttfbChaperone.content - ttfbDirect.content)} ms`);
  console.log(`  chaperone RSS: idle ${fmt(idleRss, 1)} MB (target <= 150), after load ${fmt(loadedRss, 1)} MB`);
  const failures = rows.reduce((sum, row) => sum + row.errors, 0);
  if (failures > 0) {
    console.error(`\n${failures} requests failed during the benchmark`);
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => children.forEach((child) => child.kill('SIGTERM')));
