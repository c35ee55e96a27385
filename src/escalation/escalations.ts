import type { Logger } from 'pino';
import type { ChatMessage } from '../api/openai/types.js';
import type { GatewayMetrics } from '../metrics/metrics.js';
import type { Decision } from '../pipeline/decision.js';
import type { PhiAnalyzer } from '../phi/analyzer.js';
import type { Policy, Priority } from '../policy/types.js';
import { agentTranscript, newHandoffId, type HandoffQueue } from './handoff.js';

/**
 * Opens handoffs for the pipeline: builds the job (transcript under the agent channel's PHI
 * policy), writes it durably, counts it, and keeps the queue-depth gauge current.
 */
export class Escalations {
  constructor(
    readonly queue: HandoffQueue,
    /** The gateway's own pattern recognizers, which mask the transcript for the agent. */
    private readonly analyzer: PhiAnalyzer,
    private readonly metrics: GatewayMetrics,
    private readonly logger: Logger,
  ) {}

  /** The handoff id once it is durable; throws when it could not be written. */
  async open(decision: Decision, messages: readonly ChatMessage[], escalation: { reason: string; priority: Priority }, policy: Policy, policyVersion: string): Promise<string> {
    const id = newHandoffId();
    try {
      await this.queue.enqueue(
        {
          id,
          tenant: decision.tenant,
          conversationId: decision.conversationId ?? null,
          channel: decision.channel,
          priority: escalation.priority,
          reason: escalation.reason,
          intent: decision.intent ?? null,
          requestId: decision.requestId,
          policyVersion,
          createdAt: new Date().toISOString(),
          transcript: agentTranscript(messages, this.analyzer, policy.channels?.agent?.toPatient ?? []),
        },
        policy.escalation?.webhook,
      );
    } catch (error) {
      this.metrics.escalationFailures.inc();
      this.logger.error({ err: error, requestId: decision.requestId, reason: escalation.reason }, 'handoff could not be written');
      throw error;
    }
    this.metrics.escalations.inc({ reason: escalation.reason.split(':')[0]!, priority: escalation.priority });
    decision.escalation = { id, reason: escalation.reason, priority: escalation.priority };
    void this.refreshDepth();
    return id;
  }

  async refreshDepth(): Promise<void> {
    try {
      this.metrics.escalationQueueDepth.set(await this.queue.depth());
    } catch {
      // The gauge keeps its last value; the queue's own errors surface where handoffs are written.
    }
  }

  deliveryFailed(error: Error): void {
    this.metrics.webhookFailures.inc();
    this.logger.warn({ reason: error.message }, 'escalation webhook delivery failed');
  }
}
