import type { FastifyInstance } from 'fastify';
import type { ModelResponse } from 'ollama';
import { ChaperoneError } from '../../errors.js';
import { abortOnHangup } from '../hangup.js';
import { modelListResponseSchema, modelResponseSchema } from './schemas.js';

interface OpenAIModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}

function toOpenAIModel(model: ModelResponse): OpenAIModel {
  const modified = Date.parse(String(model.modified_at));
  return {
    id: model.name,
    object: 'model',
    created: Number.isNaN(modified) ? 0 : Math.floor(modified / 1000),
    owned_by: 'ollama',
  };
}

/** Ollama resolves a name without a tag to `:latest`; lookups here do the same. */
function sameModel(name: string, requested: string): boolean {
  return name === requested || name === `${requested}:latest`;
}

export async function modelRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/models', { schema: { response: { 200: modelListResponseSchema } }, config: { audit: true, role: 'ccaas' } }, async (_request, reply) => {
    const { models } = await app.upstream.list(abortOnHangup(reply));
    return { object: 'list', data: models.map(toOpenAIModel) };
  });

  app.get<{ Params: { model: string } }>(
    '/v1/models/:model',
    { schema: { response: { 200: modelResponseSchema } }, config: { audit: true, role: 'ccaas' } },
    async (request, reply) => {
      const { models } = await app.upstream.list(abortOnHangup(reply));
      const found = models.find((model) => sameModel(model.name, request.params.model));
      if (!found) {
        throw new ChaperoneError('CHAPERONE_ERR_MODEL_NOT_FOUND', {
          param: 'model',
          message: `The model \`${request.params.model}\` does not exist on the model server.`,
        });
      }
      return toOpenAIModel(found);
    },
  );
}
