/**
 * The baseline a gateway is measured against: Fastify forwarding the bytes of /api/chat to the
 * model server with undici, parsing nothing and checking nothing.
 */
import Fastify from 'fastify';
import { Agent, request } from 'undici';

const upstream = process.argv[2] ?? 'http://127.0.0.1:11434';
const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
const app = Fastify({ logger: false });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

app.post('/api/chat', async (incoming, reply) => {
  const response = await request(`${upstream}/api/chat`, {
    method: 'POST',
    body: incoming.body as Buffer,
    headers: { 'content-type': 'application/json' },
    dispatcher,
  });
  reply.code(response.statusCode);
  const contentType = response.headers['content-type'];
  if (typeof contentType === 'string') reply.header('content-type', contentType);
  return reply.send(response.body);
});

const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${url}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
