import { setTimeout as sleep } from 'node:timers/promises';
import { Ollama, type ChatRequest, type ChatResponse, type EmbedRequest, type EmbedResponse, type ListResponse } from 'ollama';
import { Agent } from 'undici';
import { ChaperoneError } from '../errors.js';
import { upstreamFetch } from './fetch.js';

export interface UpstreamOptions {
  host: string;
  timeoutMs: number;
  retries: number;
  /** Told of every failure that reaches a caller, by error code, for metrics. */
  onFailure?: (code: string) => void;
}

const UPSTREAM_CODES = new Set(['upstream_unavailable', 'upstream_timeout', 'upstream_rejected', 'upstream_error', 'model_not_found']);

export type ChatStream = AsyncIterable<ChatResponse> & { abort(): void };

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECT_FAILURES.has(code) || TIMEOUTS.has(code))) return code;
  }
  return undefined;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Maps what the ollama client throws to the gateway's errors: a refused connection is "try
 * again" (503), silence past the timeout is 504, Ollama's own `{"error"}` keeps its meaning.
 */
export function classifyUpstreamError(error: unknown, model?: string): ChaperoneError {
  if (error instanceof ChaperoneError) return error;
  const code = errorCode(error);
  if (code && TIMEOUTS.has(code)) return new ChaperoneError('CHAPERONE_ERR_UPSTREAM_TIMEOUT', { cause: error });
  if (code) {
    return new ChaperoneError('CHAPERONE_ERR_UPSTREAM_UNAVAILABLE', { cause: error, headers: { 'retry-after': '5' } });
  }
  const status = (error as { status_code?: unknown }).status_code;
  if (typeof status === 'number') {
    if (status === 404 && model !== undefined) {
      return new ChaperoneError('CHAPERONE_ERR_MODEL_NOT_FOUND', {
        param: 'model',
        message: `The model \`${model}\` does not exist on the model server.`,
        cause: error,
      });
    }
    if (status >= 400 && status < 500) return new ChaperoneError('CHAPERONE_ERR_UPSTREAM_REJECTED', { cause: error });
    if (status === 503) {
      return new ChaperoneError('CHAPERONE_ERR_UPSTREAM_UNAVAILABLE', { cause: error, headers: { 'retry-after': '5' } });
    }
  }
  return new ChaperoneError('CHAPERONE_ERR_UPSTREAM_FAILED', { cause: error });
}

/**
 * The one way to reach Ollama. Each call gets a client whose fetch carries the caller's abort
 * signal (a client that hangs up stops the generation) over a shared keep-alive connection pool.
 */
export class OllamaUpstream {
  private readonly dispatcher: Agent;

  constructor(private readonly options: UpstreamOptions) {
    this.dispatcher = new Agent({
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connectTimeout: Math.min(options.timeoutMs, 10_000),
      keepAliveTimeout: 30_000,
    });
  }

  private client(signal?: AbortSignal): Ollama {
    return new Ollama({ host: this.options.host, fetch: upstreamFetch(this.dispatcher, signal) });
  }

  /** Classifies a failure of the model server and reports it; other errors pass through as they are. */
  fail(error: unknown, model?: string): ChaperoneError {
    const failure = classifyUpstreamError(error, model);
    if (UPSTREAM_CODES.has(failure.code)) this.options.onFailure?.(failure.code);
    return failure;
  }

  /** Retries only failures to connect: nothing reached the model, so nothing is repeated. */
  private async withRetry<T>(call: () => Promise<T>, model?: string, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (isAbort(error) || signal?.aborted) throw error;
        const classified = classifyUpstreamError(error, model);
        const connectFailure = classified.errorName === 'CHAPERONE_ERR_UPSTREAM_UNAVAILABLE' && errorCode(error) !== undefined;
        if (!connectFailure || attempt >= this.options.retries) throw this.fail(error, model);
        await sleep(100 * 2 ** attempt);
      }
    }
  }

  chat(request: ChatRequest, signal?: AbortSignal): Promise<ChatResponse> {
    return this.withRetry(() => this.client(signal).chat({ ...request, stream: false }), request.model, signal);
  }

  chatStream(request: ChatRequest, signal?: AbortSignal): Promise<ChatStream> {
    return this.withRetry(() => this.client(signal).chat({ ...request, stream: true }), request.model, signal);
  }

  embed(request: EmbedRequest, signal?: AbortSignal): Promise<EmbedResponse> {
    return this.withRetry(() => this.client(signal).embed(request), request.model, signal);
  }

  list(signal?: AbortSignal): Promise<ListResponse> {
    return this.withRetry(() => this.client(signal).list(), undefined, signal);
  }

  version(signal?: AbortSignal): Promise<{ version: string }> {
    return this.withRetry(() => this.client(signal).version(), undefined, signal);
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
