import { createHmac } from 'node:crypto';
import { request } from 'undici';
import type { WebhookPolicy } from '../policy/types.js';
import type { HandoffRecord } from './handoff.js';

export const SIGNATURE_HEADER = 'x-chaperone-signature';
const MAX_BACKOFF_MS = 10 * 60_000;

export const WEBHOOK_DEFAULTS = { maxAttempts: 8, backoffMs: 1000, timeoutMs: 5000 } as const;

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs: the timestamp inside
 * the signed text lets a receiver refuse replays of an old delivery.
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The delay before attempt `attempt + 1`: the policy's first delay, doubling, capped at ten minutes. */
export function retryDelayMs(webhook: WebhookPolicy, attemptsMade: number): number {
  return Math.min(MAX_BACKOFF_MS, (webhook.backoffMs ?? WEBHOOK_DEFAULTS.backoffMs) * 2 ** Math.max(0, attemptsMade - 1));
}

export class DeliveryError extends Error {}

/** Posts a handoff to the tenant's webhook; throws a DeliveryError (no PHI in its message) on any failure. */
export async function deliverHandoff(record: HandoffRecord, webhook: WebhookPolicy, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secret = webhook.secretEnv ? env[webhook.secretEnv] : undefined;
  if (!secret) throw new DeliveryError(`webhook secret ${webhook.secretEnv ?? '(secretEnv not set in policy)'} is not available`);
  const { delivery: _delivery, ...payload } = record;
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  let response;
  try {
    response = await request(webhook.url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-chaperone-escalation-id': record.id, [SIGNATURE_HEADER]: signPayload(secret, timestamp, body) },
      headersTimeout: webhook.timeoutMs ?? WEBHOOK_DEFAULTS.timeoutMs,
      bodyTimeout: webhook.timeoutMs ?? WEBHOOK_DEFAULTS.timeoutMs,
    });
  } catch (error) {
    throw new DeliveryError(`webhook unreachable (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  await response.body.dump();
  if (response.statusCode < 200 || response.statusCode >= 300) throw new DeliveryError(`webhook answered ${response.statusCode}`);
}
