import { request, type Dispatcher } from 'undici';

type UndiciResponse = Dispatcher.ResponseData;

/**
 * The part of WHATWG `Response` the ollama client reads (ok, status, a content-type header,
 * json/text, and a body reader for NDJSON streams), served by undici's `request`.
 * WHATWG fetch costs about a third of the gateway's CPU per proxied call in its Request,
 * Headers and web-stream machinery; the client needs none of it.
 */
class UpstreamResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText = '';
  readonly headers: { get(name: string): string | null };

  constructor(private readonly response: UndiciResponse) {
    this.status = response.statusCode;
    this.ok = response.statusCode >= 200 && response.statusCode < 300;
    const raw = response.headers;
    this.headers = {
      get: (name: string) => {
        const value = raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  json(): Promise<unknown> {
    return this.response.body.json();
  }

  text(): Promise<string> {
    return this.response.body.text();
  }

  get body() {
    const chunks = this.response.body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    return {
      getReader: () => ({
        read: async (): Promise<{ done: boolean; value?: Uint8Array }> => {
          const next = await chunks.next();
          return next.done ? { done: true } : { done: false, value: next.value };
        },
        releaseLock: () => undefined,
      }),
    };
  }
}

/** A `fetch` for the ollama client over one undici dispatcher (its keep-alive pool and timeouts). */
export function upstreamFetch(dispatcher: Dispatcher, extraSignal?: AbortSignal): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const signals = [init.signal, extraSignal].filter((signal): signal is AbortSignal => signal != null);
    const response = await request(String(input), {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers as Record<string, string> | undefined,
      body: init.body as string | undefined,
      signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
      dispatcher,
    });
    return new UpstreamResponse(response) as unknown as Response;
  }) as typeof fetch;
}
