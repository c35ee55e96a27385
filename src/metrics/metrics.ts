import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Decision } from '../pipeline/decision.js';

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const FSYNC_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/**
 * Every metric the gateway exports, in one registry per gateway instance. Labels hold only
 * bounded values (route templates, status codes, configured tenants, entity types, stage names):
 * never conversation ids, request ids or text.
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'chaperone_http_requests_total',
    help: 'Requests answered, by route template, status code and tenant.',
    labelNames: ['route', 'status', 'tenant'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'chaperone_http_request_duration_seconds',
    help: 'Time from request to the end of the response, by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly gatewayOverhead = new Histogram({
    name: 'chaperone_gateway_overhead_seconds',
    help: 'Time spent in the gateway itself (total minus time waiting on the model server), by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly upstreamDuration = new Histogram({
    name: 'chaperone_upstream_duration_seconds',
    help: 'Time waiting on the model server, by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly timeToFirstToken = new Histogram({
    name: 'chaperone_stream_time_to_first_token_seconds',
    help: 'Time from request to the first content sent to the caller on streamed completions.',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly phiEntities = new Counter({
    name: 'chaperone_phi_entities_total',
    help: 'PHI entities found, by entity type and direction (inbound to the model, outbound to the caller).',
    labelNames: ['type', 'direction'] as const,
    registers: [this.registry],
  });

  readonly guardrailOutcomes = new Counter({
    name: 'chaperone_guardrail_outcomes_total',
    help: 'What each guardrail stage did, by stage, direction and outcome.',
    labelNames: ['stage', 'direction', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly decisions = new Counter({
    name: 'chaperone_decisions_total',
    help: 'Final decision per request, by action.',
    labelNames: ['action'] as const,
    registers: [this.registry],
  });

  readonly escalations = new Counter({
    name: 'chaperone_escalations_total',
    help: 'Conversations handed to a human, by reason and priority.',
    labelNames: ['reason', 'priority'] as const,
    registers: [this.registry],
  });

  readonly escalationQueueDepth = new Gauge({
    name: 'chaperone_escalation_queue_depth',
    help: 'Escalations waiting for delivery or for an agent.',
    registers: [this.registry],
  });

  readonly webhookFailures = new Counter({
    name: 'chaperone_webhook_delivery_failures_total',
    help: 'Failed escalation webhook deliveries (each retry counts).',
    registers: [this.registry],
  });

  readonly rateLimitRejections = new Counter({
    name: 'chaperone_rate_limit_rejections_total',
    help: 'Requests refused by a rate limit, by tenant and limit.',
    labelNames: ['tenant', 'limit'] as const,
    registers: [this.registry],
  });

  readonly rateLimitStoreErrors = new Counter({
    name: 'chaperone_rate_limit_store_errors_total',
    help: 'Rate-limit checks that could not reach the shared store (Redis); the fail mode decided.',
    registers: [this.registry],
  });

  readonly upstreamErrors = new Counter({
    name: 'chaperone_upstream_errors_total',
    help: 'Model server failures, by kind (unavailable, timeout, rejected, model_not_found, failed).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly policyReloads = new Counter({
    name: 'chaperone_policy_reloads_total',
    help: 'Policy reload attempts, by result (applied, rejected).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly auditRecords = new Counter({
    name: 'chaperone_audit_records_total',
    help: 'Audit records made durable.',
    registers: [this.registry],
  });

  readonly auditCommitDuration = new Histogram({
    name: 'chaperone_audit_fsync_duration_seconds',
    help: 'Time to write and fsync one group commit of audit records.',
    buckets: FSYNC_BUCKETS,
    registers: [this.registry],
  });

  constructor(options: { lastCheckpointAgeSeconds: () => number }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'chaperone_' });
    new Gauge({
      name: 'chaperone_audit_last_checkpoint_age_seconds',
      help: 'Seconds since the audit chain was last signed.',
      registers: [this.registry],
      collect() {
        this.set(options.lastCheckpointAgeSeconds());
      },
    });
  }

  /** Counts what the stages did and found, from the trace every stage wrote into the decision. */
  observeDecision(decision: Decision): void {
    this.decisions.inc({ action: decision.action });
    for (const entry of decision.trace) {
      this.guardrailOutcomes.inc({ stage: entry.stage, direction: entry.direction, outcome: entry.outcome });
    }
    for (const [direction, types] of Object.entries(decision.entityCounts())) {
      for (const [type, count] of Object.entries(types)) this.phiEntities.inc({ type, direction }, count);
    }
  }
}
