import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface GatewayConfig {
  host: string;
  port: number;
  ollamaHost: string;
  policyDir: string;
  auditDir: string;
  /** The handoff queue's journal when no Redis is configured. */
  escalationDir: string;
  /** The PHI NER model folder, or `off` for patterns only. */
  phiModel: string;
  redisUrl?: string;
  logLevel: LogLevel;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** Longest wait for the model server's answer, or between two streamed chunks. */
  upstreamTimeoutMs: number;
  /** Extra attempts when the model server refuses the connection, before any byte is received. */
  upstreamRetries: number;
  /** How long SIGTERM waits for in-flight requests and streams before closing them. */
  shutdownGraceMs: number;
  /** Names this replica's audit chain; must differ between replicas sharing an audit folder. */
  replicaId: string;
  /** strict: a response leaves only once its audit record is on disk. */
  auditMode: 'strict' | 'async';
  auditSigningKeyFile?: string;
  auditHmacKeyFile?: string;
  auditCheckpointRecords: number;
  auditCheckpointSeconds: number;
  auditSegmentMaxBytes: number;
  auditSegmentMaxHours: number;
  /** Tenants, API keys, JWT and TLS settings; without it the gateway accepts anyone on loopback. */
  accessFile?: string;
  /** What rate limits do when Redis is unreachable: refuse (closed) or count per replica (local). */
  rateLimitFailMode: 'closed' | 'local';
  /** Serves /metrics alone on this port, without authentication, for a scraper inside the cluster. */
  metricsPort?: number;
}

/** The PHI NER model shipped in the package (models/phi-ner), from src/ and dist/ alike. */
export const DEFAULT_PHI_MODEL_DIR = join(import.meta.dirname, '..', '..', 'models', 'phi-ner');
/** The name lexicon the recognizers read (models/phi-lexicon), shipped the same way. */
export const DEFAULT_PHI_LEXICON_DIR = join(import.meta.dirname, '..', '..', 'models', 'phi-lexicon');

/** Each setting, the environment variable that sets it, and its default. */
const SETTINGS: Record<keyof GatewayConfig, { env: string; fallback?: string | number }> = {
  host: { env: 'CHAPERONE_HOST', fallback: '127.0.0.1' },
  port: { env: 'CHAPERONE_PORT', fallback: 8080 },
  ollamaHost: { env: 'OLLAMA_HOST', fallback: 'http://127.0.0.1:11434' },
  policyDir: { env: 'CHAPERONE_POLICY_DIR', fallback: './policies' },
  auditDir: { env: 'CHAPERONE_AUDIT_DIR', fallback: './data/audit' },
  escalationDir: { env: 'CHAPERONE_ESCALATION_DIR', fallback: './data/escalations' },
  phiModel: { env: 'CHAPERONE_PHI_MODEL', fallback: DEFAULT_PHI_MODEL_DIR },
  redisUrl: { env: 'REDIS_URL' },
  logLevel: { env: 'CHAPERONE_LOG_LEVEL', fallback: 'info' },
  bodyLimit: { env: 'CHAPERONE_BODY_LIMIT', fallback: 1_048_576 },
  upstreamTimeoutMs: { env: 'CHAPERONE_UPSTREAM_TIMEOUT_MS', fallback: 120_000 },
  upstreamRetries: { env: 'CHAPERONE_UPSTREAM_RETRIES', fallback: 1 },
  shutdownGraceMs: { env: 'CHAPERONE_SHUTDOWN_GRACE_MS', fallback: 10_000 },
  replicaId: { env: 'CHAPERONE_REPLICA_ID', fallback: hostname() },
  auditMode: { env: 'CHAPERONE_AUDIT_MODE', fallback: 'strict' },
  auditSigningKeyFile: { env: 'CHAPERONE_AUDIT_SIGNING_KEY' },
  auditHmacKeyFile: { env: 'CHAPERONE_AUDIT_HMAC_KEY' },
  auditCheckpointRecords: { env: 'CHAPERONE_AUDIT_CHECKPOINT_RECORDS', fallback: 1000 },
  auditCheckpointSeconds: { env: 'CHAPERONE_AUDIT_CHECKPOINT_SECONDS', fallback: 60 },
  auditSegmentMaxBytes: { env: 'CHAPERONE_AUDIT_SEGMENT_MAX_BYTES', fallback: 67_108_864 },
  auditSegmentMaxHours: { env: 'CHAPERONE_AUDIT_SEGMENT_MAX_HOURS', fallback: 24 },
  accessFile: { env: 'CHAPERONE_ACCESS_FILE' },
  rateLimitFailMode: { env: 'CHAPERONE_RATE_LIMIT_FAIL_MODE', fallback: 'local' },
  metricsPort: { env: 'CHAPERONE_METRICS_PORT' },
};

export const CONFIG_FILE_ENV = 'CHAPERONE_CONFIG';

const configSchema = {
  type: 'object',
  additionalProperties: false,
  // A setting without a default is optional.
  required: Object.entries(SETTINGS).filter(([, setting]) => setting.fallback !== undefined).map(([key]) => key),
  properties: {
    host: { type: 'string', minLength: 1 },
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    ollamaHost: { type: 'string', pattern: '^https?://[^\\s/]+(/[^\\s]*)?$' },
    policyDir: { type: 'string', minLength: 1 },
    auditDir: { type: 'string', minLength: 1 },
    escalationDir: { type: 'string', minLength: 1 },
    phiModel: { type: 'string', minLength: 1 },
    redisUrl: { type: 'string', pattern: '^rediss?://' },
    logLevel: { enum: LOG_LEVELS },
    bodyLimit: { type: 'integer', minimum: 1024, maximum: 104_857_600 },
    upstreamTimeoutMs: { type: 'integer', minimum: 100, maximum: 3_600_000 },
    upstreamRetries: { type: 'integer', minimum: 0, maximum: 5 },
    shutdownGraceMs: { type: 'integer', minimum: 0, maximum: 600_000 },
    replicaId: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,128}$' },
    auditMode: { enum: ['strict', 'async'] },
    auditSigningKeyFile: { type: 'string', minLength: 1 },
    auditHmacKeyFile: { type: 'string', minLength: 1 },
    auditCheckpointRecords: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    auditCheckpointSeconds: { type: 'integer', minimum: 1, maximum: 86_400 },
    auditSegmentMaxBytes: { type: 'integer', minimum: 4096 },
    auditSegmentMaxHours: { type: 'number', exclusiveMinimum: 0 },
    accessFile: { type: 'string', minLength: 1 },
    rateLimitFailMode: { enum: ['closed', 'local'] },
    metricsPort: { type: 'integer', minimum: 0, maximum: 65535 },
  },
} as const;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Environment values are strings; coercion turns "8080" into 8080 and refuses "80x80".
const validate = new Ajv({ allErrors: false, coerceTypes: true }).compile<GatewayConfig>(configSchema);

type Source = 'file' | 'env' | 'default';

/**
 * Merges defaults, the optional config file (JSON or YAML, path in CHAPERONE_CONFIG) and the
 * environment, in rising precedence, then validates. Errors name the variable or file key to fix.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const merged: Record<string, unknown> = {};
  const origin: Record<string, Source> = {};
  for (const [key, setting] of Object.entries(SETTINGS)) {
    if (setting.fallback !== undefined) {
      merged[key] = setting.fallback;
      origin[key] = 'default';
    }
  }
  const file = env[CONFIG_FILE_ENV];
  if (file) {
    for (const [key, value] of Object.entries(readConfigFile(file))) {
      if (!(key in SETTINGS)) throw new ConfigError(`config: ${file}: unknown setting "${key}"`);
      merged[key] = value;
      origin[key] = 'file';
    }
  }
  for (const [key, setting] of Object.entries(SETTINGS)) {
    const value = env[setting.env];
    if (value !== undefined && value !== '') {
      merged[key] = value;
      origin[key] = 'env';
    }
  }
  if (!validate(merged)) {
    const error = validate.errors?.[0];
    throw new ConfigError(describe(error, origin, file));
  }
  const config = merged as unknown as GatewayConfig;
  if (!isLoopback(config.host) && !config.accessFile) {
    throw new ConfigError(
      `config: ${SETTINGS.host.env}=${config.host} is not a loopback address; ` +
        `Chaperone listens only on this machine until authentication is configured (${SETTINGS.accessFile.env})`,
    );
  }
  return config;
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`config: cannot read ${CONFIG_FILE_ENV}=${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`config: ${path} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`config: ${path} must hold a mapping of settings`);
  }
  return parsed as Record<string, unknown>;
}

function describe(error: ErrorObject | undefined, origin: Record<string, Source>, file?: string): string {
  if (!error) return 'config: invalid configuration';
  const key =
    error.keyword === 'required'
      ? String(error.params.missingProperty)
      : error.keyword === 'additionalProperties'
        ? String(error.params.additionalProperty)
        : error.instancePath.replace(/^\//, '');
  const setting = SETTINGS[key as keyof GatewayConfig];
  const where = !setting ? key : origin[key] === 'file' ? `${file}: ${key}` : setting.env;
  return `config: ${where} ${error.message ?? 'is invalid'}`;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const family = isIP(host);
  if (family === 4) return host.startsWith('127.');
  if (family === 6) return host === '::1';
  return false;
}
