import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ChaperoneError } from '../errors.js';
import type { Escalations } from '../escalation/escalations.js';
import { HandoffStateError, type DeliveryState, type HandoffRecord, type HandoffStatus } from '../escalation/handoff.js';

interface ListQuery {
  status?: HandoffStatus;
  delivery?: DeliveryState;
  limit?: number;
}

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^esc_[0-9a-f]{32}$' } } } as const;
const agentField = { type: 'string', minLength: 1, maxLength: 200 } as const;

/** Without authentication the tenant is `default`, as for chat requests. */
function tenantOf(request: FastifyRequest): string {
  return request.principal?.tenant ?? 'default';
}

/** With authentication the agent is the credential, so nobody claims in another's name. */
function agentOf(request: FastifyRequest, named: string | undefined): string {
  return request.principal?.keyId ?? named ?? 'local-agent';
}

async function settle(escalations: Escalations, change: Promise<HandoffRecord>): Promise<HandoffRecord> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof HandoffStateError) {
      throw new ChaperoneError(error.code === 'not_found' ? 'CHAPERONE_ERR_ESCALATION_NOT_FOUND' : 'CHAPERONE_ERR_ESCALATION_CONFLICT', { message: error.message });
    }
    throw error;
  } finally {
    void escalations.refreshDepth();
  }
}

/** The agent API: list, read, claim and resolve the tenant's handoffs. */
export function escalationRoutes(escalations: Escalations) {
  return async (app: FastifyInstance): Promise<void> => {
    const config = { audit: true, role: 'agent' } as const;

    app.get<{ Querystring: ListQuery }>(
      '/v1/escalations',
      {
        config,
        schema: {
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              status: { type: 'string', enum: ['open', 'claimed', 'resolved'] },
              delivery: { type: 'string', enum: ['none', 'pending', 'delivered', 'dead'] },
              limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
            },
          },
        },
      },
      async (request) => {
        const { status, delivery, limit = 100 } = request.query;
        return { object: 'list', data: await escalations.queue.list(tenantOf(request), { status, delivery, limit }) };
      },
    );

    app.get<{ Params: { id: string } }>('/v1/escalations/:id', { config, schema: { params: idParams } }, async (request) => {
      const record = await escalations.queue.get(tenantOf(request), request.params.id);
      if (!record) throw new ChaperoneError('CHAPERONE_ERR_ESCALATION_NOT_FOUND');
      return record;
    });

    app.post<{ Params: { id: string }; Body: { agent?: string } | undefined }>(
      '/v1/escalations/:id/claim',
      { config, schema: { params: idParams, body: { type: ['object', 'null'], additionalProperties: false, properties: { agent: agentField } } } },
      (request) => settle(escalations, escalations.queue.claim(tenantOf(request), request.params.id, agentOf(request, request.body?.agent))),
    );

    app.post<{ Params: { id: string }; Body: { agent?: string; resolution: string } }>(
      '/v1/escalations/:id/resolve',
      {
        config,
        schema: {
          params: idParams,
          body: { type: 'object', required: ['resolution'], additionalProperties: false, properties: { agent: agentField, resolution: { type: 'string', minLength: 1, maxLength: 2000 } } },
        },
      },
      (request) => settle(escalations, escalations.queue.resolve(tenantOf(request), request.params.id, agentOf(request, request.body.agent), request.body.resolution)),
    );
  };
}
