import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class AuditKeyError extends Error {
  override readonly name = 'AuditKeyError';
}

export interface AuditKeys {
  signingKey: KeyObject;
  publicKey: KeyObject;
  /** Thumbprint of the public key, carried as `kid` in every checkpoint. */
  keyId: string;
  /** Secret for the keyed hashes of text and conversation ids in audit records. */
  hmacKey: Buffer;
  /** True when the keys were generated here, which is fit only for development. */
  generated: boolean;
}

export const DEV_SIGNING_KEY = 'audit-signing-key.pem';
export const DEV_PUBLIC_KEY = 'audit-signing-key.pub.pem';
export const DEV_HMAC_KEY = 'audit-hmac.key';

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 16);
}

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseSigningKey(pem: Buffer, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new AuditKeyError(`audit: ${source} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new AuditKeyError(`audit: ${source} must be an Ed25519 key (found ${key.asymmetricKeyType})`);
  return key;
}

function parseHmacKey(bytes: Buffer, source: string): Buffer {
  const text = bytes.toString('utf8').trim();
  const key = /^[0-9a-f]+$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < 32) throw new AuditKeyError(`audit: ${source} must hold at least 32 bytes of key (hex or base64)`);
  return key;
}

export interface KeyFiles {
  signingKeyFile?: string;
  hmacKeyFile?: string;
}

/**
 * A key from its configured file, or else the development key in the audit folder, created on
 * first use and reused after, so a restarted gateway keeps its chain verifiable.
 */
async function loadOrCreate<T>(
  configured: string | undefined,
  developmentPath: string,
  parse: (bytes: Buffer, source: string) => T,
  create: () => { key: T; bytes: string | Buffer },
): Promise<{ key: T; generated: boolean }> {
  const path = configured ?? developmentPath;
  const bytes = await readOrNull(path);
  if (bytes) return { key: parse(bytes, path), generated: false };
  if (configured) throw new AuditKeyError(`audit: key file ${configured} does not exist`);
  const created = create();
  await writeFile(developmentPath, created.bytes, { mode: 0o600, flag: 'wx' });
  return { key: created.key, generated: true };
}

/**
 * Production keys come from files (a mounted Kubernetes secret). Without them, development keys
 * are generated into the audit folder; the caller warns that these keys live beside the records
 * they protect.
 */
export async function loadAuditKeys(auditDir: string, files: KeyFiles): Promise<AuditKeys> {
  const signing = await loadOrCreate(files.signingKeyFile, join(auditDir, DEV_SIGNING_KEY), parseSigningKey, () => {
    const key = generateKeyPairSync('ed25519').privateKey;
    return { key, bytes: key.export({ type: 'pkcs8', format: 'pem' }) };
  });
  const hmac = await loadOrCreate(files.hmacKeyFile, join(auditDir, DEV_HMAC_KEY), parseHmacKey, () => {
    const key = randomBytes(32);
    return { key, bytes: key.toString('hex') };
  });
  const publicKey = createPublicKey(signing.key);
  if (!files.signingKeyFile) await writeFile(join(auditDir, DEV_PUBLIC_KEY), publicKey.export({ type: 'spki', format: 'pem' }));
  return {
    signingKey: signing.key,
    publicKey,
    keyId: keyIdOf(publicKey),
    hmacKey: hmac.key,
    generated: signing.generated || hmac.generated,
  };
}
