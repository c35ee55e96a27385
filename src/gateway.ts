import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Auditor } from './audit/auditor.js';
import { AuditChain } from './audit/chain.js';
import { prepareAuditFolder } from './audit/folder.js';
import { loadAuditKeys } from './audit/keys.js';
import { loadAccessConfig, type TlsSettings } from './auth/access.js';
import { Authenticator } from './auth/authenticator.js';
import { RateLimiter } from './limits/limiter.js';
import { MemoryLimitStore, RedisLimitStore } from './limits/store.js';
import { GatewayMetrics } from './metrics/metrics.js';
import type { GatewayConfig } from './config/config.js';
import { Escalations } from './escalation/escalations.js';
import { PhiAnalyzer, PhiDetector } from './phi/analyzer.js';
import { LocalHandoffQueue } from './escalation/local-queue.js';
import { RedisHandoffQueue } from './escalation/redis-queue.js';
import { deliverHandoff } from './escalation/webhook.js';
import type { HandoffQueue } from './escalation/handoff.js';
import { Pipeline } from './pipeline/runner.js';
import { PolicyStore } from './policy/store.js';
import { buildServer } from './server.js';

export interface RunningGateway {
  app: FastifyInstance;
  url: string;
  /** Stops accepting, lets in-flight requests and streams finish until the grace period ends. */
  shutdown(): Promise<{ forced: boolean }>;
}

/** Everything `chaperone serve` does before the port opens: each failure here is one clear line. */
export async function startGateway(config: GatewayConfig, logger: Logger, pipeline?: Pipeline): Promise<RunningGateway> {
  const access = config.accessFile ? loadAccessConfig(config.accessFile) : undefined;
  const https = access?.tls ? await tlsOptions(access.tls) : undefined;
  const policies = await PolicyStore.load(config.policyDir);
  await prepareAuditFolder(config.auditDir);
  const keys = await loadAuditKeys(config.auditDir, { signingKeyFile: config.auditSigningKeyFile, hmacKeyFile: config.auditHmacKeyFile });
  if (!config.auditSigningKeyFile || !config.auditHmacKeyFile) {
    logger.warn(
      { auditDir: config.auditDir, generated: keys.generated },
      'audit keys are development keys kept beside the audit records; set CHAPERONE_AUDIT_SIGNING_KEY and CHAPERONE_AUDIT_HMAC_KEY in production',
    );
  }
  const metrics = new GatewayMetrics({ lastCheckpointAgeSeconds: () => chain.lastCheckpointAgeSeconds });
  const chain: AuditChain = await AuditChain.open({
    dir: config.auditDir,
    chainId: config.replicaId,
    keys,
    checkpointEveryRecords: config.auditCheckpointRecords,
    checkpointEveryMs: config.auditCheckpointSeconds * 1000,
    segmentMaxBytes: config.auditSegmentMaxBytes,
    segmentMaxAgeMs: config.auditSegmentMaxHours * 3_600_000,
    syncEachCommit: config.auditMode === 'strict',
    onCommit: (records, seconds) => {
      metrics.auditRecords.inc(records);
      metrics.auditCommitDuration.observe(seconds);
    },
  });
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined;
  // An unreachable Redis at start is reported by /readyz rather than stopping the process, so
  // the replica comes up and turns ready once Redis does.
  redis?.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  await redis?.connect().catch(() => undefined);

  const auditor = new Auditor(chain, keys, config.auditMode, () => policies.current.version);
  const limiter = new RateLimiter({
    store: redis ? new RedisLimitStore(redis) : new MemoryLimitStore(),
    fallback: new MemoryLimitStore(),
    failMode: config.rateLimitFailMode,
    streamLeaseMs: config.upstreamTimeoutMs * 10,
    onReject: (tenant, limit) => metrics.rateLimitRejections.inc({ tenant, limit }),
    onStoreError: () => metrics.rateLimitStoreErrors.inc(),
  });
  const authenticator = access ? new Authenticator(access) : undefined;
  // Deliveries report to the Escalations service, which exists only once the queue does.
  let escalations: Escalations | undefined;
  const hooks = { deliver: deliverHandoff, onFailure: (error: Error) => escalations?.deliveryFailed(error) };
  const queue: HandoffQueue = redis && config.redisUrl ? new RedisHandoffQueue(redis, config.redisUrl, hooks) : await LocalHandoffQueue.open(config.escalationDir, hooks);
  // A configured model that cannot load stops the start: running without it would protect less than promised.
  const ner = config.phiModel === 'off' ? undefined : await (await import('./phi/ner.js')).NerModel.load(config.phiModel);
  const detector = new PhiDetector(new PhiAnalyzer(), ner);
  escalations = new Escalations(queue, detector.patterns, metrics, logger);
  await escalations.refreshDepth();
  const app = await buildServer({ config, logger, policies, redis, pipeline, auditor, metrics, authenticator, limiter, https, escalations, detector });
  let url: string;
  let metricsServer: Awaited<ReturnType<typeof serveMetrics>> | undefined;
  try {
    url = await app.listen({ host: config.host, port: config.port });
    metricsServer = config.metricsPort === undefined ? undefined : await serveMetrics(metrics, config.host, config.metricsPort);
  } catch (error) {
    // The chain, Redis and the port are released so a failed start leaves nothing running.
    await app.close();
    throw error;
  }
  logger.info(
    { url, policyVersion: policies.current.version, redis: redis !== undefined, authentication: access !== undefined, metricsPort: metricsServer?.port },
    'chaperone listening',
  );

  policies.watch((outcome) => {
    if (outcome.result === 'unchanged') return;
    metrics.policyReloads.inc({ result: outcome.result });
    if (outcome.result === 'applied') logger.info({ policyVersion: outcome.version }, 'policy reloaded');
    else logger.warn({ reason: outcome.reason }, 'policy edit rejected; the last good policy stays in force');
  });

  let closing: Promise<{ forced: boolean }> | undefined;
  const shutdown = (): Promise<{ forced: boolean }> => {
    closing ??= (async () => {
      let forced = false;
      const deadline = setTimeout(() => {
        forced = true;
        logger.warn({ graceMs: config.shutdownGraceMs }, 'shutdown grace period over; closing remaining connections');
        app.server.closeAllConnections();
      }, config.shutdownGraceMs);
      // A keep-alive connection whose last response finishes after close() began would otherwise
      // hold the process open until the client's idle timeout.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
      metricsServer?.close();
      await app.close();
      clearTimeout(deadline);
      clearInterval(sweep);
      logger.info({ forced }, 'chaperone stopped');
      return { forced };
    })();
    return closing;
  };
  return { app, url, shutdown };
}

async function tlsOptions(tls: TlsSettings): Promise<ServerOptions> {
  const [cert, key, ca] = await Promise.all([readFile(tls.cert), readFile(tls.key), tls.clientCa ? readFile(tls.clientCa) : undefined]);
  // With a client CA, a client without a certificate signed by it never completes the handshake.
  return ca ? { cert, key, ca, requestCert: true, rejectUnauthorized: true } : { cert, key };
}

/** /metrics alone on its own port, for a scraper that has no gateway credentials. */
async function serveMetrics(metrics: GatewayMetrics, host: string, port: number): Promise<{ port: number; close(): void }> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}
