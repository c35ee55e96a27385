import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { IntentClassifier } from './intents.js';
import type { Policy } from './types.js';

export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';
}

export type { Policy } from './types.js';

export interface LoadedPolicy {
  file: string;
  /** The file as written. */
  policy: Policy;
  /** The file over the default policy: each top-level section it sets replaces the default's. */
  effective: Policy;
  classifier: IntentClassifier | undefined;
}

/** The policies in force at one moment; a request reads one snapshot from start to end. */
export interface PolicySet {
  /** A content hash over every file: replicas with the same files report the same version. */
  version: string;
  policies: readonly LoadedPolicy[];
}

// The schema ships with the product (from src/ and dist/ alike); a policy folder may carry a copy
// for editors, but the gateway validates against the one it was built with.
export const POLICY_SCHEMA_PATH = join(import.meta.dirname, '..', '..', 'policies', 'schema.json');
const RELOAD_DEBOUNCE_MS = 150;

/** The line of the YAML node an ajv error points at, so an editor can jump to it. */
function lineOf(document: Document, lines: LineCounter, error: ErrorObject): number {
  const path: Array<string | number> = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  // An unknown field is reported on its parent; point at the field itself.
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return lineAt(document, lines, path);
}

export function lineAt(document: Document, lines: LineCounter, path: ReadonlyArray<string | number>): number {
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return lines.linePos(node?.range?.[0] ?? 0).line;
}

/** Checks the schema cannot express; each names the field it is about. */
function semanticErrors(policy: Policy): Array<{ path: Array<string | number>; reason: string }> {
  const errors: Array<{ path: Array<string | number>; reason: string }> = [];
  for (const [name, intent] of Object.entries(policy.intents?.catalog ?? {})) {
    if (intent.action === 'refuse' && !intent.reply) errors.push({ path: ['intents', 'catalog', name], reason: `intents.catalog.${name}: a refuse intent needs a reply` });
    (intent.patterns ?? []).forEach((pattern, index) => {
      try {
        new RegExp(pattern, 'iu');
      } catch (error) {
        errors.push({ path: ['intents', 'catalog', name, 'patterns', index], reason: `intents.catalog.${name}.patterns[${index}] is not a valid regular expression (${(error as Error).message})` });
      }
    });
  }
  (policy.phi?.recognizers ?? []).forEach((recognizer, index) => {
    const path = ['phi', 'recognizers', index, 'pattern'];
    let regex: RegExp;
    try {
      regex = new RegExp(recognizer.pattern, recognizer.caseSensitive ? 'u' : 'iu');
    } catch (error) {
      errors.push({ path, reason: `phi.recognizers[${index}].pattern is not a valid regular expression (${(error as Error).message})` });
      return;
    }
    // A pattern that matches nothing at all would "find" PHI at every position.
    if (regex.test('')) errors.push({ path, reason: `phi.recognizers[${index}].pattern matches empty text` });
  });
  return errors;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
  if (error.keyword === 'additionalProperties') return `${where}: unknown field "${String(error.params.additionalProperty)}"`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

/**
 * Reads, validates and hashes every `.yaml` policy in the folder. Any error names the file, the
 * line and the reason; a folder with any invalid file yields no policy set at all.
 */
export async function loadPolicySet(dir: string): Promise<PolicySet> {
  let names: string[];
  let schemaText: string;
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    throw new PolicyLoadError(`policy: cannot read policy folder ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (names.length === 0) throw new PolicyLoadError(`policy: no .yaml policy files in ${dir}`);
  schemaText = await readFile(POLICY_SCHEMA_PATH, 'utf8');
  const validate = new Ajv({ allErrors: false, useDefaults: true }).compile<Policy>(JSON.parse(schemaText) as object);
  const hash = createHash('sha256').update(schemaText).update('\0');
  const written: Array<{ file: string; policy: Policy }> = [];
  const tenants = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: true });
    const [syntax] = document.errors;
    if (syntax) {
      const reason = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new PolicyLoadError(`policy: ${file}:${syntax.linePos?.[0].line ?? 1}: ${syntax.code}: ${reason}`);
    }
    const policy: unknown = document.toJS();
    if (!validate(policy)) {
      const error = validate.errors![0]!;
      throw new PolicyLoadError(`policy: ${file}:${lineOf(document, lines, error) ?? 1}: ${describe(error)}`);
    }
    const [semantic] = semanticErrors(policy);
    if (semantic) throw new PolicyLoadError(`policy: ${file}:${lineAt(document, lines, semantic.path)}: ${semantic.reason}`);
    const earlier = tenants.get(policy.tenant);
    if (earlier) throw new PolicyLoadError(`policy: ${file}:1: tenant "${policy.tenant}" is already governed by ${earlier}`);
    tenants.set(policy.tenant, name);
    hash.update(name).update('\0').update(text).update('\0');
    written.push({ file: name, policy });
  }
  const fallback = written.find((entry) => entry.policy.tenant === 'default');
  if (!fallback) throw new PolicyLoadError(`policy: ${dir} has no policy for tenant "default"`);
  const policies = written.map(({ file, policy }) => {
    const effective: Policy = { ...fallback.policy, ...policy };
    const catalog = effective.intents?.catalog;
    return { file, policy, effective, classifier: catalog ? new IntentClassifier(catalog) : undefined };
  });
  return { version: hash.digest('hex').slice(0, 16), policies };
}

/** The tenant's own policy over the default one, or the default one (which every policy set has). */
export function loadedPolicyFor(set: PolicySet, tenant: string): LoadedPolicy {
  return (set.policies.find((entry) => entry.policy.tenant === tenant) ?? set.policies.find((entry) => entry.policy.tenant === 'default'))!;
}

export function policyFor(set: PolicySet, tenant: string): Policy {
  return loadedPolicyFor(set, tenant).effective;
}

export type ReloadResult = { result: 'applied'; version: string } | { result: 'rejected'; reason: string } | { result: 'unchanged' };

/**
 * The policy set in force, swapped whole when the folder changes. An edit that does not load
 * is rejected and reported, and the last good set stays in force.
 */
export class PolicyStore {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    readonly dir: string,
    private set: PolicySet,
  ) {}

  static async load(dir: string): Promise<PolicyStore> {
    return new PolicyStore(dir, await loadPolicySet(dir));
  }

  get current(): PolicySet {
    return this.set;
  }

  async reload(): Promise<ReloadResult> {
    try {
      const next = await loadPolicySet(this.dir);
      if (next.version === this.set.version) return { result: 'unchanged' };
      this.set = next;
      return { result: 'applied', version: next.version };
    } catch (error) {
      return { result: 'rejected', reason: error instanceof PolicyLoadError ? error.message : 'policy: reload failed' };
    }
  }

  /** Reloads shortly after the folder changes; editors write a file in several steps. */
  watch(onReload: (outcome: ReloadResult) => void): void {
    this.watcher = watch(this.dir, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload().then(onReload), RELOAD_DEBOUNCE_MS);
    });
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
