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
 * Production keys come from files (a mounted Kubernetes secret). Without them, development keys
 * are generated once into the audit folder and reused, so a restarted gateway keeps its chain
 * verifiable; the caller warns that these keys live beside the records they protect.
 */
export async function loadAuditKeys(auditDir: string, files: KeyFiles): Promise<AuditKeys> {
  let generated = false;
  let signingKey: KeyObject;
  if (files.signingKeyFile) {
    const pem = await readOrNull(files.signingKeyFile);
    if (!pem) throw new AuditKeyError(`audit: signing key file ${files.signingKeyFile} does not exist`);
    signingKey = parseSigningKey(pem, files.signingKeyFile);
  } else {
    const path = join(auditDir, DEV_SIGNING_KEY);
    const pem = await readOrNull(path);
    if (pem) {
      signingKey = parseSigningKey(pem, path);
    } else {
      signingKey = generateKeyPairSync('ed25519').privateKey;
      await writeFile(path, signingKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      generated = true;
    }
    const publicKey = createPublicKey(signingKey);
    await writeFile(join(auditDir, DEV_PUBLIC_KEY), publicKey.export({ type: 'spki', format: 'pem' }));
  }

  let hmacKey: Buffer;
  if (files.hmacKeyFile) {
    const bytes = await readOrNull(files.hmacKeyFile);
    if (!bytes) throw new AuditKeyError(`audit: HMAC key file ${files.hmacKeyFile} does not exist`);
    hmacKey = parseHmacKey(bytes, files.hmacKeyFile);
  } else {
    const path = join(auditDir, DEV_HMAC_KEY);
    const bytes = await readOrNull(path);
    if (bytes) {
      hmacKey = parseHmacKey(bytes, path);
    } else {
      hmacKey = randomBytes(32);
      await writeFile(path, hmacKey.toString('hex'), { mode: 0o600, flag: 'wx' });
      generated = true;
    }
  }
  const publicKey = createPublicKey(signingKey);
  return { signingKey, publicKey, keyId: keyIdOf(publicKey), hmacKey, generated };
}
