import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { TLSSocket } from 'node:tls';
import type { FastifyRequest } from 'fastify';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ChaperoneError } from '../errors.js';
import { ROLES, type AccessConfig, type ApiKeyEntry, type JwtSettings, type Limits, type Role, type TenantEntry } from './access.js';

export interface Principal {
  tenant: string;
  /** Who authenticated: an API key id, `jwt:<subject>` or `cert:<common name>`; never a secret. */
  keyId: string;
  roles: ReadonlySet<Role>;
  tenantLimits?: Limits;
  keyLimits?: Limits;
}

const DEFAULT_JWKS_COOLDOWN_SECONDS = 30;

export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

function unauthenticated(message: string): ChaperoneError {
  return new ChaperoneError('CHAPERONE_ERR_UNAUTHENTICATED', { message, headers: { 'www-authenticate': 'Bearer' } });
}

/**
 * A JWKS read from a file, re-read when a token names a key it does not hold (a rotation), at
 * most once per cooldown so unknown `kid`s cannot make the gateway hammer the disk.
 */
function fileKeySet(path: string, cooldownMs: number): JWTVerifyGetKey {
  let keySet: JWTVerifyGetKey | undefined;
  let loadedAt = 0;
  const load = async () => {
    keySet = createLocalJWKSet(JSON.parse(await readFile(path, 'utf8')) as Parameters<typeof createLocalJWKSet>[0]);
    loadedAt = Date.now();
    return keySet;
  };
  return async (header, token) => {
    const current = keySet ?? (await load());
    try {
      return await current(header, token);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY' || Date.now() - loadedAt < cooldownMs) throw error;
      return (await load())(header, token);
    }
  };
}

function rolesFrom(claim: unknown): Role[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(' ') : [];
  return names.filter((name): name is Role => (ROLES as readonly string[]).includes(name));
}

/**
 * Who is calling: an API key (stored as a hash), a JWT from the hospital's identity provider
 * verified against its JWKS, or a client certificate already verified by the TLS handshake.
 */
export class Authenticator {
  private readonly keys = new Map<string, ApiKeyEntry>();
  private readonly tenants = new Map<string, TenantEntry>();
  private readonly certificateTenants = new Map<string, TenantEntry>();
  private readonly keySet: JWTVerifyGetKey | undefined;
  private readonly jwt: JwtSettings | undefined;

  constructor(access: AccessConfig) {
    for (const tenant of access.tenants) {
      this.tenants.set(tenant.id, tenant);
      for (const name of tenant.certificateNames ?? []) this.certificateTenants.set(name, tenant);
    }
    for (const key of access.apiKeys ?? []) this.keys.set(key.hash, key);
    const jwt = access.jwt;
    this.jwt = jwt;
    const cooldownMs = (jwt?.jwksRefreshCooldownSeconds ?? DEFAULT_JWKS_COOLDOWN_SECONDS) * 1000;
    if (jwt?.jwksUrl) this.keySet = createRemoteJWKSet(new URL(jwt.jwksUrl), { cacheMaxAge: 600_000, cooldownDuration: cooldownMs });
    else if (jwt?.jwksFile) this.keySet = fileKeySet(jwt.jwksFile, cooldownMs);
  }

  async authenticate(request: FastifyRequest): Promise<Principal> {
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('Send credentials as "Authorization: Bearer <API key or token>".');
      const credential = match[1]!;
      return credential.split('.').length === 3 && this.keySet ? this.fromToken(credential) : this.fromApiKey(credential);
    }
    const certificate = this.fromCertificate(request);
    if (certificate) return certificate;
    throw unauthenticated('Missing credentials: send "Authorization: Bearer <API key or token>".');
  }

  private fromApiKey(key: string): Principal {
    const entry = this.keys.get(hashApiKey(key));
    if (!entry) throw unauthenticated('The API key is not valid.');
    const tenant = this.tenants.get(entry.tenant);
    return { tenant: entry.tenant, keyId: entry.id, roles: new Set(entry.roles), tenantLimits: tenant?.limits, keyLimits: entry.limits };
  }

  private async fromToken(token: string): Promise<Principal> {
    const settings = this.jwt!;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet!, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        clockTolerance: settings.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
      const claim = (error as { claim?: string }).claim;
      throw unauthenticated(`The bearer token was rejected (${code}${claim ? `: ${claim}` : ''}).`);
    }
    const tenantId = payload[settings.tenantClaim ?? 'tenant'];
    const tenant = typeof tenantId === 'string' ? this.tenants.get(tenantId) : undefined;
    if (!tenant) throw unauthenticated('The bearer token names no known tenant.');
    const roles = rolesFrom(payload[settings.rolesClaim ?? 'roles']);
    return { tenant: tenant.id, keyId: `jwt:${payload.sub ?? 'unknown'}`, roles: new Set(roles), tenantLimits: tenant.limits };
  }

  private fromCertificate(request: FastifyRequest): Principal | undefined {
    const socket = request.raw.socket as Partial<TLSSocket>;
    if (!socket.authorized || !socket.getPeerCertificate) return undefined;
    const name = socket.getPeerCertificate().subject?.CN;
    const commonName = Array.isArray(name) ? name[0] : name;
    const tenant = commonName ? this.certificateTenants.get(commonName) : undefined;
    if (!tenant) throw unauthenticated('The client certificate is not mapped to a tenant.');
    return { tenant: tenant.id, keyId: `cert:${commonName}`, roles: new Set(tenant.certificateRoles ?? ['ccaas']), tenantLimits: tenant.limits };
  }
}

export function authorize(principal: Principal, role: Role): void {
  if (principal.roles.has(role) || principal.roles.has('admin')) return;
  throw new ChaperoneError('CHAPERONE_ERR_FORBIDDEN', { message: `This endpoint needs the ${role} role.` });
}
