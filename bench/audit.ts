/**
 * What the strict audit costs: requests/s at c=32 with strict audit (a response waits for its
 * record's fsync) against async audit (records written, nobody waits), in one run, taking turns
 * so drift in the machine's load falls on both. Then how long a /metrics scrape takes.
 *
 *   npm run bench:audit            # about a minute; BENCH_SECONDS=3 for a quicker pass
 */
import { fmt, load, mean, MESSAGES, MODEL, percentile, runBenchmark, SECONDS, startGateway, startSimulator } from './lib.js';

async function scrapeMs(url: string, rounds: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const response = await fetch(`${url}/metrics`);
    await response.text();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

async function main(): Promise<number> {
  const simulator = await startSimulator();
  const strict = await startGateway(simulator.url, { CHAPERONE_AUDIT_MODE: 'strict' });
  const relaxed = await startGateway(simulator.url, { CHAPERONE_AUDIT_MODE: 'async' });
  const body = { model: MODEL, messages: MESSAGES };
  for (const gateway of [strict, relaxed]) await load(gateway.url, '/v1/chat/completions', body, 8, 2);

  const rates = { strict: [] as number[], async: [] as number[] };
  let errors = 0;
  for (let round = 0; round < 2; round++) {
    for (const [name, gateway] of [['strict', strict], ['async', relaxed]] as const) {
      const result = await load(gateway.url, '/v1/chat/completions', body, 32);
      rates[name].push(result.rps);
      errors += result.errors;
      process.stderr.write(`  ${name} round ${round + 1}: ${fmt(result.rps, 0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms\n`);
    }
  }
  const scrape = await scrapeMs(strict.url, 300);

  console.log('\nChaperone audit benchmark (loopback, Ollama simulator, c=32)');
  console.log(`${SECONDS}s per run, two rounds each\n`);
  console.log(`  strict audit: ${fmt(mean(rates.strict), 0)} req/s`);
  console.log(`  async audit:  ${fmt(mean(rates.async), 0)} req/s`);
  console.log(`  strict / async throughput: ${fmt(mean(rates.strict) / mean(rates.async))}  (target >= 0.85)`);
  console.log(`  /metrics scrape: p50 ${fmt(scrape.p50)} ms, p99 ${fmt(scrape.p99)} ms  (target <= 10 ms)`);
  return errors;
}

runBenchmark(main);
