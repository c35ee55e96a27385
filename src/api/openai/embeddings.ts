import type { FastifyInstance } from 'fastify';
import { abortOnHangup } from '../hangup.js';
import { embeddingRequestSchema } from './schemas.js';
import type { EmbeddingRequest } from './types.js';

/** OpenAI's base64 encoding is the little-endian float32 bytes of the vector. */
function base64Vector(vector: readonly number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

export async function embeddingRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: EmbeddingRequest }>('/v1/embeddings', { schema: { body: embeddingRequestSchema } }, async (request, reply) => {
    const body = request.body;
    const response = await app.upstream.embed(
      body.dimensions === undefined
        ? { model: body.model, input: body.input }
        : { model: body.model, input: body.input, dimensions: body.dimensions },
      abortOnHangup(reply),
    );
    const asBase64 = body.encoding_format === 'base64';
    const tokens = response.prompt_eval_count ?? 0;
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
