import type { FastifyInstance } from 'fastify';
import { Decision } from '../../pipeline/decision.js';
import { abortOnHangup } from '../hangup.js';
import { embeddingRequestSchema } from './schemas.js';
import type { EmbeddingRequest } from './types.js';

/** OpenAI's base64 encoding is the little-endian float32 bytes of the vector. */
function base64Vector(vector: readonly number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

export async function embeddingRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: EmbeddingRequest }>('/v1/embeddings', { schema: { body: embeddingRequestSchema }, config: { audit: true, role: 'ccaas', limited: true } }, async (request, reply) => {
    const body = request.body;
    const decision = new Decision({ requestId: request.id, model: body.model, stream: false, tenant: request.principal?.tenant });
    request.decision = decision;
    decision.inputHmac = app.auditor.hmac(JSON.stringify(body.input));
    const upstreamStarted = performance.now();
    const response = await app.upstream.embed(
      body.dimensions === undefined
        ? { model: body.model, input: body.input }
        : { model: body.model, input: body.input, dimensions: body.dimensions },
      abortOnHangup(reply),
    );
    decision.upstreamMs = performance.now() - upstreamStarted;
    const asBase64 = body.encoding_format === 'base64';
    const tokens = response.prompt_eval_count ?? 0;
    decision.usage = { promptTokens: tokens, completionTokens: 0 };
    return {
      object: 'list',
      data: response.embeddings.map((vector, index) => ({
        object: 'embedding',
        index,
        embedding: asBase64 ? base64Vector(vector) : vector,
      })),
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    };
  });
}
