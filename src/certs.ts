import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';

export interface IssuedFiles {
  files: string[];
}

interface Subject {
  commonName: string;
  organizationName: string;
}

function attributes(subject: Subject): forge.pki.CertificateField[] {
  return [
    { name: 'commonName', value: subject.commonName },
    { name: 'organizationName', value: subject.organizationName },
  ];
}

function certificate(
  subject: Subject,
  keys: forge.pki.rsa.KeyPair,
  issuer: { subject: Subject; key: forge.pki.rsa.PrivateKey } | 'self',
  extensions: object[],
  days: number,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  // Positive serial: a leading zero bit keeps the DER integer unsigned.
  cert.serialNumber = `00${randomBytes(16).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + days * 86_400_000);
  cert.setSubject(attributes(subject));
  cert.setIssuer(attributes(issuer === 'self' ? subject : issuer.subject));
  cert.setExtensions(extensions);
  cert.sign(issuer === 'self' ? keys.privateKey : issuer.key, forge.md.sha256.create());
  return cert;
}

/**
 * Development credentials, never for production: a CA, a server certificate for localhost, a
 * client certificate per tenant for mTLS, the Ed25519 key that signs audit checkpoints, and the
 * audit HMAC secret. Hospital IT replaces all of them with keys from its own PKI and secret store.
 */
export async function issueDevelopmentCredentials(outDir: string, tenants: string[] = ['default']): Promise<IssuedFiles> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const write = async (name: string, content: string, mode = 0o644) => {
    await writeFile(join(outDir, name), content, { mode });
    files.push(name);
  };
  const rsa = () => forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const organizationName = 'Chaperone development';

  const caKeys = rsa();
  const caSubject = { commonName: 'Chaperone development CA', organizationName };
  const ca = certificate(caSubject, caKeys, 'self', [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }], 825);
  await write('ca.pem', forge.pki.certificateToPem(ca));
  await write('ca-key.pem', forge.pki.privateKeyToPem(caKeys.privateKey), 0o600);
  const issuer = { subject: caSubject, key: caKeys.privateKey };

  const serverKeys = rsa();
  const server = certificate({ commonName: 'localhost', organizationName }, serverKeys, issuer, [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
  ], 397);
  await write('server.pem', forge.pki.certificateToPem(server));
  await write('server-key.pem', forge.pki.privateKeyToPem(serverKeys.privateKey), 0o600);

  for (const tenant of tenants) {
    const clientKeys = rsa();
    const client = certificate({ commonName: tenant, organizationName }, clientKeys, issuer, [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', clientAuth: true },
    ], 397);
    await write(`client-${tenant}.pem`, forge.pki.certificateToPem(client));
    await write(`client-${tenant}-key.pem`, forge.pki.privateKeyToPem(clientKeys.privateKey), 0o600);
  }

  const { privateKey } = generateKeyPairSync('ed25519');
  await write('audit-signing-key.pem', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
  await write('audit-signing-key.pub.pem', createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString());
  await write('audit-hmac.key', randomBytes(32).toString('hex'), 0o600);
  return { files };
}
