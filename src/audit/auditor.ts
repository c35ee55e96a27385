import { createHmac, type Hmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ChaperoneError } from '../errors.js';
import type { Decision } from '../pipeline/decision.js';
import type { AuditChain } from './chain.js';
import type { AuditKeys } from './keys.js';
import type { RecordFields } from './line.js';

export type AuditMode = 'strict' | 'async';

/** A running keyed hash over text that arrives in pieces, such as a streamed reply. */
export interface TextDigest {
  update(text: string): void;
  digest(): string;
}

/**
 * Turns a request's Decision into its audit record. Records hold hashes, types, counts and
 * reasons; text is only ever HMAC'd under the audit secret, because a plain hash of a short
 * identifier (a date of birth, a phone number) can be reversed by trying every value.
 */
export class Auditor {
  constructor(
    readonly chain: AuditChain,
    private readonly keys: AuditKeys,
    readonly mode: AuditMode,
    private readonly policyVersion: () => string,
  ) {}

  /** The secret other stores derive their own keys from (the PHI vault), never used as is. */
  get hmacKey(): Buffer {
    return this.keys.hmacKey;
  }

  hmac(text: string): string {
    return createHmac('sha256', this.keys.hmacKey).update(text).digest('hex');
  }

  textDigest(): TextDigest {
    const hmac: Hmac = createHmac('sha256', this.keys.hmacKey);
    return { update: (text) => void hmac.update(text), digest: () => hmac.digest('hex') };
  }

  private fields(request: FastifyRequest, status: number, decision: Decision | undefined, latencyMs: number): RecordFields {
    return {
      kind: 'request',
      time: new Date().toISOString(),
      requestId: request.id,
      route: request.routeOptions.url ?? '(unmatched)',
      method: request.method,
      status,
      tenant: decision?.tenant ?? 'default',
      keyId: request.principal?.keyId ?? null,
      channel: decision?.channel ?? null,
      conversation: decision?.conversationId ? this.hmac(`conversation:${decision.conversationId}`) : null,
      policyVersion: this.policyVersion(),
      stream: decision?.stream ?? false,
      action: decision?.action ?? null,
      reason: decision?.reason ?? null,
      intent: decision?.intent ?? null,
      escalation: decision?.escalation ?? null,
      phi: decision?.entityCounts() ?? {},
      inputHmac: decision?.inputHmac ?? null,
      outputHmac: decision?.outputHmac ?? null,
      model: decision?.model ?? null,
      usage: decision?.usage ?? null,
      latencyMs: Math.round(latencyMs * 100) / 100,
      upstreamMs: Math.round((decision?.upstreamMs ?? 0) * 100) / 100,
      stages: decision?.trace ?? [],
    };
  }

  /**
   * Writes the record of a completed request. In strict mode it resolves once the record is
   * durable and rejects if it cannot be written; in async mode it never delays the response.
   */
  requestCompleted(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    return this.write(this.fields(request, reply.statusCode, request.decision, reply.elapsedTime));
  }

  /** A stream's record, written before its first byte; `streamEnded` adds how it ended. */
  streamStarted(request: FastifyRequest, decision: Decision): Promise<void> {
    return this.write(this.fields(request, 200, decision, performance.now() - decision.startedAt));
  }

  streamEnded(request: FastifyRequest, decision: Decision, finish: string): Promise<void> {
    return this.write({
      kind: 'stream-end',
      time: new Date().toISOString(),
      requestId: request.id,
      finish,
      action: decision.action,
      reason: decision.reason ?? null,
      phi: decision.entityCounts(),
      outputHmac: decision.outputHmac ?? null,
      usage: decision.usage ?? null,
      latencyMs: Math.round((performance.now() - decision.startedAt) * 100) / 100,
      upstreamMs: Math.round(decision.upstreamMs * 100) / 100,
      stages: decision.trace,
    });
  }

  private write(fields: RecordFields): Promise<void> {
    const durable = this.chain.append(fields);
    if (this.mode === 'strict') {
      return durable.catch((error: unknown) => {
        throw new ChaperoneError('CHAPERONE_ERR_AUDIT_UNAVAILABLE', { cause: error });
      });
    }
    durable.catch(() => undefined);
    return Promise.resolve();
  }
}
