import type { FastifyReply } from 'fastify';

/**
 * A signal that fires when the caller goes away before its response is complete, so the model
 * stops generating text nobody will read.
 */
export function abortOnHangup(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
