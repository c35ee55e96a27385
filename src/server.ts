import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { chatRoutes } from './api/openai/chat.js';
import { embeddingRoutes } from './api/openai/embeddings.js';
import { modelRoutes } from './api/openai/models.js';
import { healthRoutes, Readiness } from './api/health.js';
import type { Auditor } from './audit/auditor.js';
import type { Role } from './auth/access.js';
import { authorize, type Authenticator, type Principal } from './auth/authenticator.js';
import { assertAuditWritable } from './audit/folder.js';
import { metricsRoutes } from './api/metrics.js';
import type { GatewayConfig } from './config/config.js';
import { estimateTokens, type Admission, type RateLimiter } from './limits/limiter.js';
import type { GatewayMetrics } from './metrics/metrics.js';
import { ChaperoneError } from './errors.js';
import type { Decision } from './pipeline/decision.js';
import { Pipeline } from './pipeline/runner.js';
import type { ChatMessage } from './api/openai/types.js';
import type { PolicyStore } from './policy/store.js';
import { policyStage } from './policy/stage.js';
import { clinicalContentStage } from './policy/clinical-content.js';
import { ollamaSecondOpinion } from './policy/second-opinion.js';
import type { Escalations } from './escalation/escalations.js';
import { escalationRoutes } from './api/escalations.js';
import type { PhiDetector } from './phi/analyzer.js';
import { phiInboundStage, phiOutboundStage } from './phi/guard.js';
import { VaultStore } from './phi/vault.js';
import { OllamaUpstream } from './upstream/ollama.js';

declare module 'fastify' {
  interface FastifyInstance {
    upstream: OllamaUpstream;
    pipeline: Pipeline;
    readiness: Readiness;
    policies: PolicyStore;
    auditor: Auditor;
    metrics: GatewayMetrics;
    escalations: Escalations;
  }
  interface FastifyRequest {
    decision?: Decision;
    /** Who authenticated the request, once authentication is configured. */
    principal?: Principal;
    admission?: Admission;
  }
  interface FastifyContextConfig {
    /** Routes that carry patient traffic write one audit record per request. */
    audit?: boolean;
    /** The role a caller needs once authentication is configured. */
    role?: Role;
    /** Counted against the caller's rate limits. */
    limited?: boolean;
  }
}

export interface GatewayParts {
  config: GatewayConfig;
  logger: Logger;
  policies: PolicyStore;
  pipeline?: Pipeline;
  redis?: Redis;
  auditor: Auditor;
  metrics: GatewayMetrics;
  authenticator?: Authenticator;
  limiter: RateLimiter;
  escalations: Escalations;
  detector: PhiDetector;
  /** TLS options when the access file configures them (mTLS with `requestCert`). */
  https?: import('node:https').ServerOptions;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// A caller's request id is kept only when it is a plain token: ids reach every log line, so
// free text in this header must not.
function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Ajv's first error, named the way OpenAI names parameters: `messages[0].role`. */
function validationFailure(error: FastifyError): ChaperoneError {
  const [first] = error.validation ?? [];
  const path = (first?.instancePath ?? '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  // A discriminator error sits on the message object, but what is wrong is its tag (`role`).
  const missing =
    first?.keyword === 'required'
      ? String(first.params.missingProperty)
      : first?.keyword === 'discriminator'
        ? String(first.params.tag)
        : undefined;
  const param = missing ? (path ? `${path}.${missing}` : missing) : path || null;
  const message =
    first?.keyword === 'discriminator'
      ? `Invalid value for '${param}': must be one of system, developer, user, assistant, tool.`
      : missing
    ? `Missing required parameter: '${param}'.`
    : `Invalid value for '${param ?? 'body'}': ${first?.message ?? 'is invalid'}.`;
  return new ChaperoneError('CHAPERONE_ERR_INVALID_REQUEST', { param, message });
}

export function toChaperoneError(error: FastifyError | Error): ChaperoneError {
  if (error instanceof ChaperoneError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return validationFailure(fastifyError);
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ChaperoneError('CHAPERONE_ERR_BODY_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ChaperoneError('CHAPERONE_ERR_UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ChaperoneError('CHAPERONE_ERR_INVALID_JSON', { message: 'The request body is empty.' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ChaperoneError('CHAPERONE_ERR_INVALID_JSON');
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new ChaperoneError('CHAPERONE_ERR_INVALID_REQUEST');
  return new ChaperoneError('CHAPERONE_ERR_INTERNAL', { cause: error });
}

export async function buildServer(parts: GatewayParts): Promise<FastifyInstance> {
  const { config, policies, redis, auditor, metrics, authenticator, limiter } = parts;
  // Typed as plain HTTP: with TLS the request and reply objects are the same to every route.
  const app = Fastify({
    ...(parts.https ? { https: parts.https } : {}),
    loggerInstance: parts.logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    genReqId: requestId,
    // One access line per request (below) instead of Fastify's two halves the logging cost.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: {
      // OpenAI's API is strictly typed: "0.7" is not a temperature, and unknown fields pass through untouched.
      customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: true, allErrors: false, discriminator: true },
    },
  });

  const upstream = new OllamaUpstream({
    host: config.ollamaHost,
    timeoutMs: config.upstreamTimeoutMs,
    retries: config.upstreamRetries,
    onFailure: (kind) => metrics.upstreamErrors.inc({ kind }),
  });
  const readiness = new Readiness();
  app.decorate('upstream', upstream);
  // By default the policy stage runs, and first: a safety reply must not wait on any other check.
  const vaults = new VaultStore(redis ? { client: redis, masterKey: auditor.hmacKey } : undefined);
  // In replies the model's own findings count only for names it is sure of (see the model card).
  const guard = { policies, detector: parts.detector, replyDetector: parts.detector.stricter(0.9, ['NAME']), vaults, hmac: (text: string) => auditor.hmac(text), onFailure: (reason: string) => metrics.phiFailures.inc({ reason }), escalations: parts.escalations };
  app.decorate(
    'pipeline',
    parts.pipeline ??
      new Pipeline([policyStage({ policies, escalations: parts.escalations, secondOpinion: ollamaSecondOpinion(upstream) }), phiInboundStage(guard)], [clinicalContentStage(policies), phiOutboundStage(guard)]),
  );
  app.decorate('readiness', readiness);
  app.decorate('policies', policies);
  app.decorate('auditor', auditor);
  app.decorate('metrics', metrics);
  app.decorate('escalations', parts.escalations);
  app.decorateRequest('decision', undefined);
  app.decorateRequest('principal', undefined);
  app.decorateRequest('admission', undefined);
  // JSON only: without this, a text/plain body would reach the schema check as a string.
  app.removeContentTypeParser('text/plain');

  readiness.add('policies', async () => {
    if (app.policies.current.policies.length === 0) throw new Error('no policy loaded');
  });
  readiness.add('ollama', async (signal) => {
    await upstream.version(signal);
  });
  readiness.add('audit', async () => {
    await assertAuditWritable(config.auditDir);
    if (!auditor.chain.healthy) throw new Error('audit chain failed');
  });
  if (redis) {
    readiness.add('redis', async () => {
      await redis.ping();
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-chaperone-policy-version', app.policies.current.version);
    // Before the body is read: an unauthenticated caller cannot make the gateway parse a megabyte.
    const role = request.routeOptions.config.role;
    if (!authenticator || !role) return;
    const principal = await authenticator.authenticate(request);
    authorize(principal, role);
    request.principal = principal;
  });

  app.addHook('preHandler', async (request, reply) => {
    const principal = request.principal;
    if (!principal || !request.routeOptions.config.limited) return;
    const body = request.body as { messages?: ChatMessage[]; input?: unknown; stream?: boolean; max_tokens?: number; max_completion_tokens?: number };
    // A patient in danger is never refused for being over a limit.
    if (body.messages && app.pipeline.isUrgent(body.messages)) return;
    const promptCharacters = JSON.stringify(body.messages ?? body.input ?? '').length;
    const estimate = estimateTokens(promptCharacters, body.messages ? (body.max_completion_tokens ?? body.max_tokens) : 0);
    request.admission = await limiter.admit(principal, estimate, body.stream === true, request.id);
    reply.headers(request.admission.headers);
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? '(unmatched)';
    const decision = request.decision;
    const seconds = reply.elapsedTime / 1000;
    const upstreamSeconds = (decision?.upstreamMs ?? 0) / 1000;
    if (request.admission) {
      const usage = decision?.usage;
      await request.admission.settle(usage ? usage.promptTokens + usage.completionTokens : 0).catch(() => undefined);
      await request.admission.release().catch(() => undefined);
    }
    metrics.requests.inc({ route, status: String(reply.statusCode), tenant: request.principal?.tenant ?? 'default' });
    metrics.requestDuration.observe({ route }, seconds);
    if (decision) {
      metrics.upstreamDuration.observe({ route }, upstreamSeconds);
      metrics.gatewayOverhead.observe({ route }, Math.max(0, seconds - upstreamSeconds));
      metrics.observeDecision(decision);
    }
    request.log.info(
      {
        method: request.method,
        route,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 100) / 100,
        decision: decision?.action,
      },
      'request completed',
    );
  });

  // Strict audit: the response waits here until its record is durable, and becomes a 503 if the
  // record cannot be written. Hijacked streams write their record before their first byte.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.routeOptions.config.audit) return payload;
    try {
      await auditor.requestCompleted(request, reply);
      return payload;
    } catch (error) {
      const failure = toChaperoneError(error as Error);
      request.log.error({ err: error, code: failure.code }, 'audit record not written; response withheld');
      reply.code(failure.status).header('content-type', 'application/json; charset=utf-8');
      return JSON.stringify(failure.toBody());
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const failure = toChaperoneError(error);
    if (failure.status >= 500) request.log.error({ err: error, code: failure.code }, 'request failed');
    else request.log.info({ code: failure.code, param: failure.param }, 'request rejected');
    reply.code(failure.status).headers(failure.headers).send(failure.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const failure = new ChaperoneError('CHAPERONE_ERR_UNKNOWN_URL', { message: `Unknown request URL: ${request.method} ${path}.` });
    reply.code(failure.status).send(failure.toBody());
  });

  app.addHook('onClose', async () => {
    policies.close();
    await upstream.close();
    await auditor.chain.close();
    await parts.escalations.queue.close();
    if (redis) await redis.quit().catch(() => redis.disconnect());
  });

  await app.register(healthRoutes);
  await app.register(chatRoutes);
  await app.register(modelRoutes);
  await app.register(embeddingRoutes);
  await app.register(metricsRoutes);
  await app.register(escalationRoutes(parts.escalations));
  return app;
}
