import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { loadAuditKeys } from '../src/audit/keys.js';

t.test('development keys are made once and reused', async (t) => {
  const dir = t.testdir();
  const first = await loadAuditKeys(dir, {});
  t.ok(first.generated);
  const second = await loadAuditKeys(dir, {});
  t.notOk(second.generated);
  t.equal(second.keyId, first.keyId, 'the same signing key after a restart');
  t.same(second.hmacKey, first.hmacKey);
});

t.test('production keys come from files, and bad ones are refused with one line', async (t) => {
  const dir = t.testdir();
  const signing = join(dir, 'signing.pem');
  const hmac = join(dir, 'hmac.key');
  await writeFile(signing, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(hmac, 'a'.repeat(64));
  const keys = await loadAuditKeys(dir, { signingKeyFile: signing, hmacKeyFile: hmac });
  t.notOk(keys.generated);
  t.equal(keys.hmacKey.length, 32);

  await t.rejects(loadAuditKeys(dir, { signingKeyFile: join(dir, 'missing.pem') }), { name: 'AuditKeyError', message: /key file .*missing\.pem does not exist/ });
  const rsa = join(dir, 'rsa.pem');
  await writeFile(rsa, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await t.rejects(loadAuditKeys(dir, { signingKeyFile: rsa }), { message: /must be an Ed25519 key \(found rsa\)/ });
  const short = join(dir, 'short.key');
  await writeFile(short, 'abcd');
  await t.rejects(loadAuditKeys(dir, { signingKeyFile: signing, hmacKeyFile: short }), { message: /at least 32 bytes/ });
});
