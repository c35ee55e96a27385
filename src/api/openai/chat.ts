import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChatResponse } from 'ollama';
import type { TextDigest } from '../../audit/auditor.js';
import { ChaperoneError } from '../../errors.js';
import { Decision } from '../../pipeline/decision.js';
import type { OutboundChain } from '../../pipeline/runner.js';
import type { ChatStream } from '../../upstream/ollama.js';
import {
  assertSupported,
  finishReason,
  newCompletionId,
  toOllamaChat,
  toOpenAIToolCalls,
  usageOf,
} from '../../upstream/translate.js';
import { abortOnHangup } from '../hangup.js';
import { OUTBOUND_VIOLATION_PREFIX } from '../../policy/clinical-content.js';
import { policyFor } from '../../policy/store.js';
import { CHANNELS } from '../../policy/types.js';
import { chatCompletionRequestSchema, chatCompletionResponseSchema } from './schemas.js';
import { SseWriter } from './sse.js';
import type { ChaperoneInfo, ChatCompletion, ChatCompletionChunk, ChatCompletionRequest, ChatMessage, FinishReason, Usage } from './types.js';

export const CONVERSATION_HEADER = 'x-chaperone-conversation-id';
export const CHANNEL_HEADER = 'x-chaperone-channel';
// `agent` is where handoffs go, not a channel a patient writes on.
const PATIENT_CHANNELS = new Set<string>(CHANNELS.filter((channel) => channel !== 'agent'));

const NO_USAGE: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

interface CompletionIdentity {
  id: string;
  created: number;
  model: string;
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What the gateway decided, for a caller that routes on it (a handoff to show an agent, a draft
 * to hold for review). Absent when the model simply answered.
 */
export function chaperoneInfo(decision: Decision): ChaperoneInfo | undefined {
  if (decision.action === 'allow') return undefined;
  const info: ChaperoneInfo = { decision: decision.action, reason: decision.reason ?? null, intent: decision.intent ?? null };
  if (decision.escalation) Object.assign(info, { escalation_id: decision.escalation.id, priority: decision.escalation.priority });
  if (decision.action === 'draft') info.review_required = true;
  return info;
}

function decisionHeaders(reply: FastifyReply, decision: Decision): void {
  reply.header('x-chaperone-decision', decision.action);
  if (decision.escalation) reply.header('x-chaperone-escalation-id', decision.escalation.id);
}

function completion(identity: CompletionIdentity, content: string | null, finish: FinishReason, usage: Usage, toolCalls?: ChatCompletion['choices'][0]['message']['tool_calls'], chaperone?: ChaperoneInfo): ChatCompletion {
  return {
    ...(chaperone ? { chaperone } : {}),
    ...identity,
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: toolCalls ? { role: 'assistant', content, refusal: null, tool_calls: toolCalls } : { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: finish,
      },
    ],
    usage,
  };
}

class ChunkStream {
  constructor(
    private readonly sse: SseWriter,
    private readonly identity: CompletionIdentity,
    private readonly includeUsage: boolean,
    private readonly digest: TextDigest,
    private readonly onFirstContent: () => void,
  ) {}

  private sentContent = false;

  private chunk(delta: ChatCompletionChunk['choices'][0]['delta'], finish: FinishReason | null): ChatCompletionChunk {
    const chunk: ChatCompletionChunk = {
      ...this.identity,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    };
    if (this.includeUsage) chunk.usage = null;
    return chunk;
  }

  start(chaperone?: ChaperoneInfo): Promise<void> {
    const first = this.chunk({ role: 'assistant', content: '' }, null);
    return this.sse.send(chaperone ? { ...first, chaperone } : first);
  }

  content(text: string): Promise<void> {
    if (text === '') return Promise.resolve();
    if (!this.sentContent) {
      this.sentContent = true;
      this.onFirstContent();
    }
    this.digest.update(text);
    return this.sse.send(this.chunk({ content: text }, null));
  }

  toolCalls(calls: NonNullable<ReturnType<typeof toOpenAIToolCalls>>, firstIndex: number): Promise<void> {
    return this.sse.send(this.chunk({ tool_calls: calls.map((call, offset) => ({ index: firstIndex + offset, ...call })) }, null));
  }

  /** The final chunks; `[DONE]` follows only once `beforeDone` (the stream's audit record) succeeded. */
  async finish(reason: FinishReason, usage: Usage, beforeDone: (outputHmac: string) => Promise<void>): Promise<void> {
    await this.sse.send(this.chunk({}, reason));
    if (this.includeUsage) {
      await this.sse.send({ ...this.identity, object: 'chat.completion.chunk', choices: [], usage });
    }
    await beforeDone(this.digest.digest());
    await this.sse.done();
  }

  fail(error: ChaperoneError): void {
    this.sse.fail(error.toBody());
  }
}

export async function chatRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: ChatCompletionRequest }>(
    '/v1/chat/completions',
    { schema: { body: chatCompletionRequestSchema, response: { 200: chatCompletionResponseSchema } }, config: { audit: true, role: 'ccaas', limited: true } },
    async (request, reply) => {
      const body = request.body;
      assertSupported(body);
      const stream = body.stream === true;
      const channel = headerValue(request, CHANNEL_HEADER) ?? 'chat';
      if (!PATIENT_CHANNELS.has(channel)) throw new ChaperoneError('CHAPERONE_ERR_INVALID_CHANNEL', { param: CHANNEL_HEADER });
      const decision = new Decision({
        channel,
        requestId: request.id,
        model: body.model,
        stream,
        tenant: request.principal?.tenant,
        conversationId: headerValue(request, CONVERSATION_HEADER),
      });
      request.decision = decision;
      decision.inputHmac = app.auditor.hmac(JSON.stringify(body.messages));
      const identity: CompletionIdentity = { id: newCompletionId(), created: Math.floor(Date.now() / 1000), model: body.model };

      const inbound = await app.pipeline.runInbound(decision, body.messages);
      decisionHeaders(reply, decision);
      if (inbound.kind === 'respond') {
        decision.outputHmac = app.auditor.hmac(inbound.content);
        if (!stream) return completion(identity, inbound.content, 'stop', NO_USAGE, undefined, chaperoneInfo(decision));
        await app.auditor.streamStarted(request, decision);
        const chunks = openStream(app, reply, decision, identity, body, abortOnHangup(reply));
        await chunks.start(chaperoneInfo(decision));
        await chunks.content(inbound.content);
        await auditedFinish(app, request, decision, chunks)('stop', NO_USAGE);
        return reply;
      }

      const signal = abortOnHangup(reply);
      const upstreamRequest = toOllamaChat(decision.upstreamModel ? { ...body, model: decision.upstreamModel } : body, inbound.messages);
      if (!stream) {
        const upstreamStarted = performance.now();
        const response = await app.upstream.chat(upstreamRequest, signal);
        decision.upstreamMs = performance.now() - upstreamStarted;
        decision.usage = { promptTokens: response.prompt_eval_count ?? 0, completionTokens: response.eval_count ?? 0 };
        const toolCalls = toOpenAIToolCalls(response.message.tool_calls);
        let content = response.message.content;
        let finish = finishReason(response, toolCalls !== undefined);
        if (app.pipeline.hasOutbound) {
          const chain = app.pipeline.openOutbound(decision);
          const whole = await chain.end(content);
          content = whole.text;
          if (whole.stop) {
            finish = 'content_filter';
            await escalateViolation(app, decision, body.messages);
          }
          decisionHeaders(reply, decision);
        }
        decision.outputHmac = app.auditor.hmac(content);
        return completion(identity, toolCalls && content === '' ? null : content, finish, usageOf(response), toolCalls, chaperoneInfo(decision));
      }

      const upstreamStarted = performance.now();
      const upstreamStream = await app.upstream.chatStream(upstreamRequest, signal);
      await app.auditor.streamStarted(request, decision).catch((error: unknown) => {
        // No byte will be sent, so the model must not go on generating.
        upstreamStream.abort();
        throw error;
      });
      const chunks = openStream(app, reply, decision, identity, body, signal);
      const chain = app.pipeline.hasOutbound ? app.pipeline.openOutbound(decision) : undefined;
      const finish = auditedFinish(app, request, decision, chunks, upstreamStarted);
      const outcome = await relay(app, upstreamStream, chunks, chain, finish, signal, request, body.messages);
      if (outcome !== 'finished') {
        decision.upstreamMs = performance.now() - upstreamStarted;
        await app.auditor.streamEnded(request, decision, outcome).catch((error: unknown) => {
          request.log.error({ err: error }, 'audit record of an interrupted stream not written');
        });
      }
      return reply;
    },
  );
}

function openStream(app: FastifyInstance, reply: FastifyReply, decision: Decision, identity: CompletionIdentity, body: ChatCompletionRequest, signal: AbortSignal): ChunkStream {
  reply.hijack();
  const sse = new SseWriter(reply.raw, signal);
  sse.open(reply.getHeaders());
  const firstContent = () => app.metrics.timeToFirstToken.observe((performance.now() - decision.startedAt) / 1000);
  return new ChunkStream(sse, identity, body.stream_options?.include_usage === true, app.auditor.textDigest(), firstContent);
}

type Finish = (reason: FinishReason, usage: Usage) => Promise<void>;

/**
 * A reply an outbound guardrail stopped (dosing, a diagnosis) goes to a nurse when the policy
 * says so. The patient already has the safe text, so a failed handoff is logged, not thrown.
 */
async function escalateViolation(app: FastifyInstance, decision: Decision, messages: readonly ChatMessage[]): Promise<void> {
  if (!decision.reason?.startsWith(OUTBOUND_VIOLATION_PREFIX) || decision.escalation) return;
  const set = app.policies.current;
  const policy = policyFor(set, decision.tenant);
  if (policy.escalation?.outboundViolation === false || !policy.intents) return;
  await app.escalations.open(decision, messages, { reason: decision.reason, priority: 'high' }, policy, set.version).catch(() => undefined);
}

/** Ends a stream once its closing audit record is written, with what the caller received. */
function auditedFinish(app: FastifyInstance, request: FastifyRequest, decision: Decision, chunks: ChunkStream, upstreamStarted?: number): Finish {
  return (reason, usage) =>
    chunks.finish(reason, usage, async (outputHmac) => {
      decision.outputHmac = outputHmac;
      decision.usage = { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
      if (upstreamStarted !== undefined) decision.upstreamMs = performance.now() - upstreamStarted;
      await app.auditor.streamEnded(request, decision, reason);
    });
}

async function relay(
  app: FastifyInstance,
  upstream: ChatStream,
  chunks: ChunkStream,
  chain: OutboundChain | undefined,
  finish: Finish,
  signal: AbortSignal,
  request: FastifyRequest,
  messages: readonly ChatMessage[],
): Promise<'finished' | 'failed' | 'client_closed'> {
  signal.addEventListener('abort', () => upstream.abort(), { once: true });
  let last: ChatResponse | undefined;
  let toolCallCount = 0;
  try {
    await chunks.start(chaperoneInfo(request.decision!));
    for await (const part of upstream) {
      const calls = toOpenAIToolCalls(part.message?.tool_calls);
      if (calls) {
        await chunks.toolCalls(calls, toolCallCount);
        toolCallCount += calls.length;
      }
      const text = part.message?.content ?? '';
      if (text !== '') {
        const step = chain ? await chain.write(text) : { text };
        await chunks.content(step.text);
        if (step.stop) {
          upstream.abort();
          await escalateViolation(app, request.decision!, messages);
          await finish('content_filter', NO_USAGE);
          return 'finished';
        }
      }
      if (part.done) last = part;
    }
    if (chain) {
      const tail = await chain.end();
      await chunks.content(tail.text);
      if (tail.stop) {
        await escalateViolation(app, request.decision!, messages);
        await finish('content_filter', last ? usageOf(last) : NO_USAGE);
        return 'finished';
      }
    }
    if (!last) throw new ChaperoneError('CHAPERONE_ERR_UPSTREAM_FAILED');
    await finish(finishReason(last, toolCallCount > 0), usageOf(last));
    return 'finished';
  } catch (error) {
    if (signal.aborted) {
      request.log.info({ event: 'client_closed_stream' }, 'caller closed the stream; upstream generation aborted');
      return 'client_closed';
    }
    const failure = app.upstream.fail(error);
    request.log.warn({ err: error, code: failure.code }, 'stream ended with an error event');
    chunks.fail(failure);
    return 'failed';
  }
}
