import type { FastifyInstance } from 'fastify';

export type ReadinessCheck = (signal: AbortSignal) => Promise<void>;

const CHECK_TIMEOUT_MS = 2_000;

/**
 * What must hold before this replica takes traffic. Each subsystem registers its own check,
 * so readiness grows with the gateway without this file knowing every part.
 */
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();

  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  async report(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]): Promise<[string, string]> => {
        try {
          await check(AbortSignal.timeout(CHECK_TIMEOUT_MS));
          return [name, 'ok'];
        } catch (error) {
          return [name, error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : describeFailure(error)];
        }
      }),
    );
    return { ready: entries.every(([, status]) => status === 'ok'), checks: Object.fromEntries(entries) };
  }
}

// Readiness output is public to the cluster: it names the failure class, never a message body.
function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `failed (${code})` : `failed (${error.name})`;
  }
  return 'failed';
}

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const { ready, checks } = await app.readiness.report();
    reply.code(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not_ready', checks };
  });
}
