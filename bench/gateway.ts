/**
 * Gateway overhead, in one run on this machine: requests/s and latency p50/p99 at concurrency 1
 * and 32 against (a) the Ollama simulator directly, (b) a bare Fastify + undici passthrough proxy,
 * (c) Chaperone with its default guardrails (policy stage, PHI stages with the NER model, the
 * clinical-content check; `BENCH_PHI_MODEL=off` measures patterns only); then time to first byte of streams, and Chaperone's
 * idle memory. Everything runs on loopback and stops by itself (about two minutes).
 *
 *   npm run bench            # full run
 *   BENCH_SECONDS=3 npm run bench   # shorter runs per measurement
 */
import { cpus } from 'node:os';
import { request } from 'undici';
import { fmt, launch, load, mean, MESSAGES, MODEL, percentile, rssMb, runBenchmark, SECONDS, startGateway, startSimulator, type LoadResult } from './lib.js';

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
  return samples.map((sample) => ({ byte: percentile(sample.byte, 0.5), content: percentile(sample.content, 0.5) }));
}

async function main(): Promise<number> {
  const simulator = await startSimulator();
  const proxy = await launch(process.execPath, ['--import', 'tsx', 'bench/passthrough-proxy.ts', simulator.url]);
  // The audit's own cost is measured by bench/audit.ts; here the response does not wait for its fsync.
  const gateway = await startGateway(simulator.url, { CHAPERONE_AUDIT_MODE: process.env.CHAPERONE_AUDIT_MODE ?? 'async', CHAPERONE_PHI_MODEL: process.env.BENCH_PHI_MODEL ?? 'models/phi-ner' });
  const idleRss = rssMb(gateway.pid);

  const direct = { url: simulator.url, path: '/api/chat', body: { model: MODEL, messages: MESSAGES, stream: false } };
  const passthrough = { url: proxy.url, path: '/api/chat', body: direct.body };
  const chaperone = { url: gateway.url, path: '/v1/chat/completions', body: { model: MODEL, messages: MESSAGES } };
  const targets = { direct, passthrough, chaperone };

  for (const target of Object.values(targets)) await load(target.url, target.path, target.body, 8, 2); // warm-up

  const rows: Array<{ target: string; connections: number } & LoadResult> = [];
  // Two rounds taking turns, averaged, so that drift in the machine's load falls on every target.
  for (const connections of [1, 32]) {
    const runs = new Map<string, LoadResult[]>();
    for (let round = 0; round < 2; round++) {
      for (const [name, target] of Object.entries(targets)) {
        const result = await load(target.url, target.path, target.body, connections, SECONDS / 2);
        runs.set(name, [...(runs.get(name) ?? []), result]);
        process.stderr.write(`  ${name} c=${connections} round ${round + 1}: ${fmt(result.rps, 0)} req/s\n`);
      }
    }
    for (const [name, results] of runs) {
      const average = (pick: (result: LoadResult) => number) => mean(results.map(pick));
      rows.push({ target: name, connections, rps: average((r) => r.rps), p50: average((r) => r.p50), p99: average((r) => r.p99), errors: average((r) => r.errors) * results.length });
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
  console.log(`\nChaperone gateway benchmark (loopback, Ollama simulator, default guardrails, PHI model ${process.env.BENCH_PHI_MODEL === 'off' ? 'off' : 'on'}, audit not awaited)`);
  console.log(`${SECONDS}s per measurement on ${cpus().length} cores\n`);
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
  return failures;
}

runBenchmark(main);
