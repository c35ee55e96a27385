import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';

export const ROLES = ['ccaas', 'agent', 'compliance', 'sre', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Limits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  concurrentStreams?: number;
}

export interface TenantEntry {
  id: string;
  limits?: Limits;
  /** Client-certificate subject common names that authenticate as this tenant (mTLS). */
  certificateNames?: string[];
  /** Roles given to a client authenticated by certificate. */
  certificateRoles?: Role[];
}

export interface ApiKeyEntry {
  /** A non-secret name for the key, written into audit records. */
  id: string;
  tenant: string;
  /** `sha256:` and the hex SHA-256 of the key: keys are random, so a fast hash suffices. */
  hash: string;
  roles: Role[];
  limits?: Limits;
}

export interface JwtSettings {
  jwksFile?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  algorithms: string[];
  clockToleranceSeconds?: number;
  tenantClaim?: string;
  rolesClaim?: string;
  /** Least time between two JWKS reloads triggered by an unknown `kid`. */
  jwksRefreshCooldownSeconds?: number;
}

export interface TlsSettings {
  cert: string;
  key: string;
  /** CA that signs client certificates; with it, a client certificate is required. */
  clientCa?: string;
}

export interface AccessConfig {
  tenants: TenantEntry[];
  apiKeys?: ApiKeyEntry[];
  jwt?: JwtSettings;
  tls?: TlsSettings;
}

const limits = {
  type: 'object',
  additionalProperties: false,
  properties: {
    requestsPerMinute: { type: 'integer', minimum: 1 },
    tokensPerMinute: { type: 'integer', minimum: 1 },
    concurrentStreams: { type: 'integer', minimum: 1 },
  },
} as const;

const roles = { type: 'array', minItems: 1, items: { enum: ROLES } } as const;

const accessSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tenants'],
  properties: {
    tenants: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,62}$' },
          limits,
          certificateNames: { type: 'array', items: { type: 'string', minLength: 1 } },
          certificateRoles: roles,
        },
      },
    },
    apiKeys: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'tenant', 'hash', 'roles'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
          tenant: { type: 'string' },
          hash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
          roles,
          limits,
        },
      },
    },
    jwt: {
      type: 'object',
      additionalProperties: false,
      required: ['issuer', 'audience', 'algorithms'],
      properties: {
        jwksFile: { type: 'string' },
        jwksUrl: { type: 'string', pattern: '^https?://' },
        issuer: { type: 'string', minLength: 1 },
        audience: { type: 'string', minLength: 1 },
        // Asymmetric algorithms only: a shared-secret HS* token could be forged by anyone holding
        // a public key, the classic algorithm-confusion attack.
        algorithms: { type: 'array', minItems: 1, items: { enum: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] } },
        clockToleranceSeconds: { type: 'integer', minimum: 0, maximum: 300 },
        tenantClaim: { type: 'string' },
        rolesClaim: { type: 'string' },
        jwksRefreshCooldownSeconds: { type: 'integer', minimum: 0, maximum: 3600 },
      },
      oneOf: [{ required: ['jwksFile'] }, { required: ['jwksUrl'] }],
    },
    tls: {
      type: 'object',
      additionalProperties: false,
      required: ['cert', 'key'],
      properties: { cert: { type: 'string' }, key: { type: 'string' }, clientCa: { type: 'string' } },
    },
  },
} as const;

const validate = new Ajv({ allErrors: false }).compile<AccessConfig>(accessSchema);

export class AccessConfigError extends Error {
  override readonly name = 'AccessConfigError';
}

/** Reads and checks the access file: tenants, hashed API keys, JWT and TLS settings. */
export function loadAccessConfig(path: string): AccessConfig {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AccessConfigError(`access: cannot read ${path}${code ? ` (${code})` : `: ${(error as Error).message.split('\n')[0]}`}`);
  }
  if (!validate(parsed)) {
    const error = validate.errors?.[0];
    const where = error?.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
    throw new AccessConfigError(`access: ${path}: ${where} ${error?.message ?? 'is invalid'}`);
  }
  const tenants = new Set(parsed.tenants.map((tenant) => tenant.id));
  for (const key of parsed.apiKeys ?? []) {
    if (!tenants.has(key.tenant)) throw new AccessConfigError(`access: ${path}: API key ${key.id} names unknown tenant ${key.tenant}`);
  }
  return parsed;
}
