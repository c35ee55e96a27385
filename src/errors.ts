/**
 * Every error Chaperone can answer with, declared once. The constant name is the stable
 * identifier operators match on; `code` is what reaches the caller inside OpenAI's error body,
 * so OpenAI client libraries raise the exception class they already know for each status.
 */
export type OpenAIErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'api_error'
  | 'server_error';

interface ErrorSpec {
  readonly status: number;
  readonly type: OpenAIErrorType;
  readonly code: string;
  readonly message: string;
}

export const ERRORS = {
  CHAPERONE_ERR_INVALID_JSON: {
    status: 400,
    type: 'invalid_request_error',
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  CHAPERONE_ERR_INVALID_REQUEST: {
    status: 400,
    type: 'invalid_request_error',
    code: 'invalid_request',
    message: 'The request is not valid.',
  },
  CHAPERONE_ERR_UNSUPPORTED_PARAMETER: {
    status: 400,
    type: 'invalid_request_error',
    code: 'unsupported_parameter',
    message: 'This parameter is not supported by Chaperone.',
  },
  CHAPERONE_ERR_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    type: 'invalid_request_error',
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json.',
  },
  CHAPERONE_ERR_BODY_TOO_LARGE: {
    status: 413,
    type: 'invalid_request_error',
    code: 'request_too_large',
    message: 'The request body is larger than this gateway accepts.',
  },
  CHAPERONE_ERR_UNAUTHENTICATED: {
    status: 401,
    type: 'authentication_error',
    code: 'invalid_api_key',
    message: 'Authentication failed.',
  },
  CHAPERONE_ERR_FORBIDDEN: {
    status: 403,
    type: 'permission_error',
    code: 'insufficient_role',
    message: 'These credentials may not use this endpoint.',
  },
  CHAPERONE_ERR_RATE_LIMITED: {
    status: 429,
    type: 'rate_limit_error',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached. Retry after the time in the Retry-After header.',
  },
  CHAPERONE_ERR_RATE_LIMIT_UNAVAILABLE: {
    status: 503,
    type: 'api_error',
    code: 'rate_limit_unavailable',
    message: 'Rate limits cannot be checked right now, so the request was refused.',
  },
  CHAPERONE_ERR_UNKNOWN_URL: {
    status: 404,
    type: 'invalid_request_error',
    code: 'unknown_url',
    message: 'There is no such endpoint.',
  },
  CHAPERONE_ERR_MODEL_NOT_FOUND: {
    status: 404,
    type: 'invalid_request_error',
    code: 'model_not_found',
    message: 'The model does not exist on the upstream model server.',
  },
  CHAPERONE_ERR_REQUEST_BLOCKED: {
    status: 400,
    type: 'invalid_request_error',
    code: 'request_blocked',
    message: 'The request was blocked by policy.',
  },
  CHAPERONE_ERR_UPSTREAM_REJECTED: {
    status: 400,
    type: 'invalid_request_error',
    code: 'upstream_rejected',
    message: 'The model server rejected the request.',
  },
  CHAPERONE_ERR_UPSTREAM_UNAVAILABLE: {
    status: 503,
    type: 'api_error',
    code: 'upstream_unavailable',
    message: 'The model server is not reachable. Try again shortly.',
  },
  CHAPERONE_ERR_UPSTREAM_TIMEOUT: {
    status: 504,
    type: 'api_error',
    code: 'upstream_timeout',
    message: 'The model server did not answer in time.',
  },
  CHAPERONE_ERR_UPSTREAM_FAILED: {
    status: 502,
    type: 'api_error',
    code: 'upstream_error',
    message: 'The model server failed while answering.',
  },
  CHAPERONE_ERR_GUARDRAIL_FAILED: {
    status: 503,
    type: 'api_error',
    code: 'guardrail_unavailable',
    message: 'A guardrail could not check this request, so it was not forwarded.',
  },
  CHAPERONE_ERR_PHI_UNAVAILABLE: {
    status: 503,
    type: 'api_error',
    code: 'phi_protection_unavailable',
    message: 'PHI detection failed or ran out of time, so the message was not sent to the model.',
  },
  CHAPERONE_ERR_INVALID_CHANNEL: {
    status: 400,
    type: 'invalid_request_error',
    code: 'invalid_channel',
    message: 'x-chaperone-channel must be one of sms, chat, email, voice, portal.',
  },
  CHAPERONE_ERR_ESCALATION_UNAVAILABLE: {
    status: 503,
    type: 'api_error',
    code: 'escalation_unavailable',
    message: 'This conversation needs a person, but the handoff queue cannot be written right now. Route the patient to staff directly.',
  },
  CHAPERONE_ERR_ESCALATION_NOT_FOUND: {
    status: 404,
    type: 'invalid_request_error',
    code: 'escalation_not_found',
    message: 'No such escalation for this tenant.',
  },
  CHAPERONE_ERR_ESCALATION_CONFLICT: {
    status: 409,
    type: 'invalid_request_error',
    code: 'escalation_conflict',
    message: 'The escalation is not in a state that allows this.',
  },
  CHAPERONE_ERR_AUDIT_UNAVAILABLE: {
    status: 503,
    type: 'api_error',
    code: 'audit_unavailable',
    message: 'The audit trail cannot be written, so the request was not completed.',
  },
  CHAPERONE_ERR_SHUTTING_DOWN: {
    status: 503,
    type: 'api_error',
    code: 'shutting_down',
    message: 'This gateway replica is shutting down. Retry on another replica.',
  },
  CHAPERONE_ERR_INTERNAL: {
    status: 500,
    type: 'server_error',
    code: 'internal_error',
    message: 'The gateway failed unexpectedly.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorName = keyof typeof ERRORS;

export interface OpenAIErrorBody {
  error: { message: string; type: OpenAIErrorType; param: string | null; code: string };
}

export interface ChaperoneErrorOptions {
  /** A message more precise than the catalogue's; it must never quote request content. */
  message?: string;
  param?: string | null;
  headers?: Record<string, string>;
  cause?: unknown;
}

export class ChaperoneError extends Error {
  override readonly name = 'ChaperoneError';
  readonly errorName: ErrorName;
  readonly status: number;
  readonly type: OpenAIErrorType;
  readonly code: string;
  readonly param: string | null;
  readonly headers: Record<string, string>;

  constructor(errorName: ErrorName, options: ChaperoneErrorOptions = {}) {
    const spec: ErrorSpec = ERRORS[errorName];
    super(options.message ?? spec.message, { cause: options.cause });
    this.errorName = errorName;
    this.status = spec.status;
    this.type = spec.type;
    this.code = spec.code;
    this.param = options.param ?? null;
    this.headers = options.headers ?? {};
  }

  toBody(): OpenAIErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}
