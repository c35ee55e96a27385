import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

/**
 * Server-sent events as OpenAI streams them: `data: <json>` frames, `data: [DONE]` at the end.
 * Writes wait for the socket to drain, so a slow reader slows the upstream read instead of
 * growing the gateway's memory.
 */
export class SseWriter {
  constructor(
    private readonly raw: ServerResponse,
    private readonly signal: AbortSignal,
  ) {}

  open(headers: Record<string, string | number | string[] | undefined>): void {
    this.raw.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
  }

  async send(payload: object): Promise<void> {
    await this.write(`data: ${JSON.stringify(payload)}\n\n`);
  }

  async done(): Promise<void> {
    await this.write('data: [DONE]\n\n');
    this.raw.end();
  }

  /** Ends the stream after an error event, as OpenAI does: no [DONE] follows an error. */
  fail(body: object): void {
    if (this.raw.destroyed) return;
    this.raw.end(`data: ${JSON.stringify(body)}\n\n`);
  }

  private async write(frame: string): Promise<void> {
    if (this.raw.destroyed || this.signal.aborted) return;
    if (!this.raw.write(frame)) {
      try {
        await once(this.raw, 'drain', { signal: this.signal });
      } catch {
        // the caller hung up; the handler sees the aborted signal and stops
      }
    }
  }
}
