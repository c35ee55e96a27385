/** What every benchmark here needs: helper processes on loopback, the built gateway, a load run. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = join(import.meta.dirname, '..');
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
export const MODEL = 'llama3.2:latest';
export const MESSAGES = [
  { role: 'system', content: 'You are the scheduling assistant of a hospital contact center.' },
  { role: 'user', content: 'Hi, I would like to move my Tuesday appointment with cardiology to next week.' },
];

const children: ChildProcess[] = [];
process.on('exit', stopAll);

export function stopAll(): void {
  for (const child of children) child.kill('SIGTERM');
}

/** A helper process that prints its URL on its first line of output. */
export function launch(command: string, args: string[]): Promise<{ url: string; pid: number }> {
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

export function startSimulator(): Promise<{ url: string; pid: number }> {
  return launch(process.execPath, ['--import', 'tsx', 'test/fixtures/ollama-simulator.ts', '0']);
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built gateway as `chaperone serve` runs it; its logs are discarded, at the level it runs with. */
export async function startGateway(ollamaHost: string, env: Record<string, string> = {}): Promise<{ url: string; pid: number }> {
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
      ...env,
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

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(
  url: string,
  path: string,
  body: object,
  connections: number,
  seconds = SECONDS,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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

export const fmt = (value: number, digits = 2): string => value.toFixed(digits);

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The value below which `fraction` of the samples fall. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/** Runs a benchmark whose body returns how many requests failed; any failure exits non-zero. */
export function runBenchmark(body: () => Promise<number>): void {
  body()
    .then((failures) => {
      if (failures > 0) {
        console.error(`\n${failures} requests failed during the benchmark`);
        process.exitCode = 1;
      }
    })
    .catch((error: unknown) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(stopAll);
}
