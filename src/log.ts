import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config/config.js';

/**
 * Error messages can quote what they failed on (JSON.parse quotes the body it could not read),
 * so logs keep an error's class, code and stack frames, never its message.
 */
export function errorWithoutMessage(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? errorWithoutMessage(error.cause) : undefined;
  return { type: error.name, code, stack: frames.join('\n'), cause };
}

interface LoggedRequest {
  id: string;
  method: string;
  routeOptions?: { url?: string };
  url: string;
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // Request logs name the route template, never headers, query strings or bodies.
      serializers: {
        req: (req: LoggedRequest) => ({
          id: req.id,
          method: req.method,
          route: req.routeOptions?.url ?? '(unmatched)',
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: errorWithoutMessage,
      },
      // A second line of defence for anything that logs a header object by accident.
      redact: {
        paths: ['authorization', '*.authorization', '*.headers.authorization', '*.headers["x-api-key"]', '*.headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
