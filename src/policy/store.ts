import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';
}

export interface LoadedPolicy {
  file: string;
  document: unknown;
}

/**
 * The policy files in force and their version: a content hash over every file, so two replicas
 * with the same files report the same version and any edit produces a new one.
 */
export class PolicyStore {
  private constructor(
    readonly dir: string,
    readonly version: string,
    readonly policies: readonly LoadedPolicy[],
  ) {}

  static async load(dir: string): Promise<PolicyStore> {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
    } catch (error) {
      throw new PolicyLoadError(`policy: cannot read policy folder ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (names.length === 0) throw new PolicyLoadError(`policy: no .yaml policy files in ${dir}`);
    const hash = createHash('sha256');
    const policies: LoadedPolicy[] = [];
    for (const name of names) {
      const text = await readFile(join(dir, name), 'utf8');
      const document = parseDocument(text, { prettyErrors: true });
      const [first] = document.errors;
      if (first) {
        const line = first.linePos?.[0].line;
        throw new PolicyLoadError(`policy: ${join(dir, name)}${line ? `:${line}` : ''}: ${first.code}`);
      }
      hash.update(name).update('\0').update(text).update('\0');
      policies.push({ file: name, document: document.toJS() });
    }
    return new PolicyStore(dir, hash.digest('hex').slice(0, 16), policies);
  }
}
