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

  readonly requests = this.counter('chaperone_http_requests_total', 'Requests answered, by route template, status code and tenant.', ['route', 'status', 'tenant']);

  readonly requestDuration = this.histogram('chaperone_http_request_duration_seconds', 'Time from request to the end of the response, by route.', LATENCY_BUCKETS, ['route']);

  readonly gatewayOverhead = this.histogram('chaperone_gateway_overhead_seconds', 'Time spent in the gateway itself (total minus time waiting on the model server), by route.', LATENCY_BUCKETS, ['route']);

  readonly upstreamDuration = this.histogram('chaperone_upstream_duration_seconds', 'Time waiting on the model server, by route.', LATENCY_BUCKETS, ['route']);

  readonly timeToFirstToken = this.histogram('chaperone_stream_time_to_first_token_seconds', 'Time from request to the first content sent to the caller on streamed completions.', LATENCY_BUCKETS);

  readonly phiEntities = this.counter('chaperone_phi_entities_total', 'PHI entities found, by entity type and direction (inbound to the model, outbound to the caller).', ['type', 'direction']);

  readonly phiFailures = this.counter('chaperone_phi_failures_total', 'PHI scans that failed or ran out of time (the request was refused unless the policy fails open).', ['reason']);

  readonly guardrailOutcomes = this.counter('chaperone_guardrail_outcomes_total', 'What each guardrail stage did, by stage, direction and outcome.', ['stage', 'direction', 'outcome']);

  readonly decisions = this.counter('chaperone_decisions_total', 'Final decision per request, by action.', ['action']);

  readonly escalations = this.counter('chaperone_escalations_total', 'Conversations handed to a human, by reason and priority.', ['reason', 'priority']);

  readonly escalationQueueDepth = new Gauge({
    name: 'chaperone_escalation_queue_depth',
    help: 'Escalations waiting for delivery or for an agent.',
    registers: [this.registry],
  });

  readonly escalationFailures = this.counter('chaperone_escalation_write_failures_total', 'Handoffs that could not be written to the queue (urgent ones were still answered with the safety reply).');

  readonly webhookFailures = this.counter('chaperone_webhook_delivery_failures_total', 'Failed escalation webhook deliveries (each retry counts).');

  readonly rateLimitRejections = this.counter('chaperone_rate_limit_rejections_total', 'Requests refused by a rate limit, by tenant and limit.', ['tenant', 'limit']);

  readonly rateLimitStoreErrors = this.counter('chaperone_rate_limit_store_errors_total', 'Rate-limit checks that could not reach the shared store (Redis); the fail mode decided.');

  readonly upstreamErrors = this.counter('chaperone_upstream_errors_total', 'Model server failures, by kind (unavailable, timeout, rejected, model_not_found, failed).', ['kind']);

  readonly policyReloads = this.counter('chaperone_policy_reloads_total', 'Policy reload attempts, by result (applied, rejected).', ['result']);

  readonly auditRecords = this.counter('chaperone_audit_records_total', 'Audit records made durable.');

  readonly auditCommitDuration = this.histogram('chaperone_audit_fsync_duration_seconds', 'Time to write and fsync one group commit of audit records.', FSYNC_BUCKETS);

  private counter<Label extends string = never>(name: string, help: string, labelNames: readonly Label[] = []): Counter<Label> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<Label extends string = never>(name: string, help: string, buckets: number[], labelNames: readonly Label[] = []): Histogram<Label> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

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
