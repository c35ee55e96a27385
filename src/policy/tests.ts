/**
 * Policy unit tests, like `opa test`: YAML files of messages and the decision the compliance
 * officer expects, run against the policy folder without a gateway.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { evaluate, type PolicyVerdict } from './evaluate.js';
import { lineAt, loadedPolicyFor, PolicyLoadError, type PolicySet } from './store.js';
import { CHANNELS } from './types.js';

export interface PolicyTestCase {
  name: string;
  message: string;
  channel?: string;
  tenant?: string;
  /** The assistant's earlier replies, oldest first, for rules that count unresolved turns. */
  history?: string[];
  expect: { intent?: string; action?: PolicyVerdict['action']; escalate?: boolean; priority?: string };
}

interface PolicyTestFile {
  tenant?: string;
  cases: PolicyTestCase[];
}

export interface PolicyTestResult {
  file: string;
  line: number;
  name: string;
  passed: boolean;
  /** What differed, e.g. `intent: expected scheduling, got billing`. */
  failures: string[];
}

const testFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cases'],
  properties: {
    tenant: { type: 'string' },
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'message', 'expect'],
        properties: {
          name: { type: 'string', minLength: 1 },
          message: { type: 'string' },
          channel: { type: 'string', enum: [...CHANNELS] },
          tenant: { type: 'string' },
          history: { type: 'array', items: { type: 'string' } },
          expect: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              intent: { type: 'string' },
              action: { type: 'string', enum: ['auto', 'draft', 'escalate', 'refuse', 'clarify'] },
              escalate: { type: 'boolean' },
              priority: { type: 'string', enum: ['urgent', 'high', 'normal'] },
            },
          },
        },
      },
    },
  },
} as const;

export async function runPolicyTests(set: PolicySet, dir: string): Promise<PolicyTestResult[]> {
  const validate = new Ajv({ allErrors: false }).compile<PolicyTestFile>(testFileSchema);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
  if (names.length === 0) throw new PolicyLoadError(`policy test: no .yaml test files in ${dir}`);
  const results: PolicyTestResult[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const lines = new LineCounter();
    const document = parseDocument(await readFile(file, 'utf8'), { lineCounter: lines });
    const [syntax] = document.errors;
    if (syntax) throw new PolicyLoadError(`policy test: ${file}:${syntax.linePos?.[0].line ?? 1}: ${syntax.code}`);
    const content: unknown = document.toJS();
    if (!validate(content)) {
      const error = validate.errors![0]!;
      const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      throw new PolicyLoadError(`policy test: ${file}:${lineAt(document, lines, path)}: ${error.instancePath || '(top level)'} ${error.message ?? 'is invalid'}`);
    }
    content.cases.forEach((testCase, index) => {
      const tenant = testCase.tenant ?? content.tenant ?? 'default';
      const loaded = loadedPolicyFor(set, tenant);
      const verdict = evaluate(loaded, { text: testCase.message, previousReplies: testCase.history ?? [] });
      const failures: string[] = [];
      const known = new Set([...Object.keys(loaded.effective.intents?.catalog ?? {}), 'uncertain']);
      if (testCase.expect.intent !== undefined && !known.has(testCase.expect.intent)) failures.push(`intent: "${testCase.expect.intent}" is not an intent of tenant ${tenant}`);
      else if (testCase.expect.intent !== undefined && verdict.intent !== testCase.expect.intent) failures.push(`intent: expected ${testCase.expect.intent}, got ${verdict.intent}`);
      if (testCase.expect.action !== undefined && verdict.action !== testCase.expect.action) failures.push(`action: expected ${testCase.expect.action}, got ${verdict.action}`);
      const escalated = verdict.escalation !== undefined;
      if (testCase.expect.escalate !== undefined && escalated !== testCase.expect.escalate) failures.push(`escalate: expected ${testCase.expect.escalate}, got ${escalated}`);
      if (testCase.expect.priority !== undefined && verdict.escalation?.priority !== testCase.expect.priority) failures.push(`priority: expected ${testCase.expect.priority}, got ${verdict.escalation?.priority ?? 'none'}`);
      results.push({ file, line: lineAt(document, lines, ['cases', index]), name: testCase.name, passed: failures.length === 0, failures });
    });
  }
  return results;
}
