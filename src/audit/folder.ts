import { access, constants, mkdir } from 'node:fs/promises';

/** The audit folder must exist and be writable before the gateway admits a request. */
export async function prepareAuditFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await assertAuditWritable(dir);
}

export async function assertAuditWritable(dir: string): Promise<void> {
  await access(dir, constants.W_OK);
}
