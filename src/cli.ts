#!/usr/bin/env node
import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DEV_PUBLIC_KEY } from './audit/keys.js';
import { queryAudit, verifyAuditFolder, type AuditQuery } from './audit/verify.js';
import { ROLES } from './auth/access.js';
import { hashApiKey } from './auth/authenticator.js';
import { issueDevelopmentCredentials } from './certs.js';
import { DEFAULT_PHI_MODEL_DIR, loadConfig } from './config/config.js';
import { startGateway } from './gateway.js';
import { PhiAnalyzer, PhiDetector } from './phi/analyzer.js';
import { maskFindings } from './phi/findings.js';
import { withPolicyRecognizers } from './phi/guard.js';
import { loadedPolicyFor, loadPolicySet, policyFor, type PolicySet } from './policy/store.js';
import { evaluate } from './policy/evaluate.js';
import { lintPolicySet } from './policy/lint.js';
import { runPolicyTests } from './policy/tests.js';
import { CHANNELS } from './policy/types.js';
import { createLogger } from './log.js';

const USAGE = `usage: chaperone <command>

commands:
  serve                             run the gateway (settings from the environment; see README)
  audit verify DIR [--public-key F] check every audit chain under DIR; exit 1 at the first bad record
  audit query DIR [--since T] [--until T] [--tenant T] [--intent I] [--action A]
                                    print matching request records as JSON lines
  certs init [--out DIR] [--tenant T ...]
                                    write development CA, server and client certificates and audit keys
  redact [--text "..."] [--patterns-only] [--dir D [--tenant T]]
                                    find PHI: JSON lines {"id","text"} on stdin, or one --text; JSON lines out
                                    (--dir: also the tenant's own formats from that policy folder)
  policy lint [DIR] [--strict]      check the policy folder (default ./policies); exit 1 naming file and line
                                    (--strict: warnings about overlapping or unreachable rules fail too)
  policy test [DIR] [--tests D]     run the policy tests in D (default DIR/tests); exit 1 if any fails
  policy explain [--dir D] [--tenant T] [--channel C] "message"
                                    print the decision trace for one message as JSON
  policy explain --jsonl [--dir D] [--tenant T]
                                    JSON lines {"id","text","channel"} on stdin, decisions out
  keys new --id ID --tenant T [--role R ...]
                                    make an API key; prints the key once and the access-file entry
  help                              show this message`;

/** A mistake in how the command was called: exit 2, as with any Unix tool. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit with one line on stderr: what operators read first when a pod crash-loops. */
function fail(message: string, code = 1): never {
  process.stderr.write(`chaperone: ${message}\n`);
  process.exit(code);
}

function parse<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function serve(args: string[]): Promise<void> {
  if (args.length > 0) throw new UsageError(`serve takes no arguments (got "${args[0]}"); settings come from the environment`);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const gateway = await startGateway(config, logger);
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutdown requested');
    gateway.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function publicKeyFrom(path: string): Promise<KeyObject> {
  let pem: Buffer;
  try {
    pem = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read public key ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return createPublicKey(pem);
  } catch {
    throw new UsageError(`${path} is not a PEM public key`);
  }
}

async function auditVerify(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'public-key': { type: 'string' } });
  const [dir, extra] = positionals;
  if (!dir || extra) throw new UsageError('audit verify takes one folder: chaperone audit verify DIR [--public-key FILE]');
  const keyFile = values['public-key'] ?? join(dir, DEV_PUBLIC_KEY);
  if (!values['public-key']) {
    process.stderr.write(`chaperone: no --public-key given; using ${keyFile}, which proves little if it sits beside the records\n`);
  }
  const reports = await verifyAuditFolder(dir, await publicKeyFrom(keyFile));
  if (reports.length === 0) throw new UsageError(`no audit chains under ${dir}`);
  let failed = false;
  for (const report of reports) {
    const summary = `chain ${report.chain}: ${report.records} records in ${report.segments} segments, signed through record ${report.signedThrough}`;
    if (report.problem) {
      failed = true;
      const { problem } = report;
      const at = problem.line > 0 ? `${problem.segment} line ${problem.line}` : problem.segment;
      process.stdout.write(`FAIL ${summary}\n  first bad record: ${at}${problem.seq !== undefined ? ` (record ${problem.seq})` : ''}: ${problem.kind}: ${problem.message}\n`);
    } else {
      const unsigned = report.lastSeq - report.signedThrough;
      process.stdout.write(`OK   ${summary}${unsigned > 0 ? `; the last ${unsigned} records are not yet covered by a checkpoint` : ''}\n`);
    }
  }
  return failed ? 1 : 0;
}

function timeOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`--${name} must be an ISO 8601 time, e.g. 2026-11-23T09:00:00Z`);
  return time;
}

async function auditQuery(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    since: { type: 'string' },
    until: { type: 'string' },
    tenant: { type: 'string' },
    intent: { type: 'string' },
    action: { type: 'string' },
  });
  const [dir, extra] = positionals;
  if (!dir || extra) throw new UsageError('audit query takes one folder: chaperone audit query DIR [filters]');
  const query: AuditQuery = {
    since: timeOption(values.since, 'since'),
    until: timeOption(values.until, 'until'),
    tenant: values.tenant,
    intent: values.intent,
    action: values.action,
  };
  for await (const record of queryAudit(dir, query)) process.stdout.write(`${JSON.stringify(record)}\n`);
  return 0;
}

async function certsInit(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, tenant: { type: 'string', multiple: true } });
  if (positionals.length > 0) throw new UsageError(`certs init takes no positional arguments (got "${positionals[0]}")`);
  const out = values.out ?? './data/certs';
  const { files } = await issueDevelopmentCredentials(out, values.tenant ?? ['default']);
  process.stdout.write(`wrote development credentials to ${out}: ${files.join(', ')}\n`);
  return 0;
}

async function keysNew(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { id: { type: 'string' }, tenant: { type: 'string' }, role: { type: 'string', multiple: true } });
  if (positionals.length > 0 || !values.id || !values.tenant) throw new UsageError('keys new needs --id ID and --tenant T');
  const roles = values.role ?? ['ccaas'];
  const unknown = roles.find((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown) throw new UsageError(`unknown role "${unknown}"; roles are ${ROLES.join(', ')}`);
  const key = `sk-chaperone-${randomBytes(24).toString('base64url')}`;
  process.stdout.write(
    `API key (shown once; give it to the tenant, keep only the hash):\n  ${key}\n\n` +
      `access-file entry:\n  - id: ${values.id}\n    tenant: ${values.tenant}\n    hash: ${hashApiKey(key)}\n    roles: [${roles.join(', ')}]\n`,
  );
  return 0;
}

async function policyLint(args: string[]): Promise<number> {
  const { positionals, values } = parse(args, { strict: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError('policy lint takes at most one folder');
  const dir = positionals[0] ?? './policies';
  const set = await loadPolicySet(dir);
  const findings = lintPolicySet(set);
  for (const finding of findings) process.stderr.write(`warning: ${join(dir, finding.file)}: ${finding.message}\n`);
  const tenants = set.policies.map((entry) => entry.policy.tenant).join(', ');
  process.stdout.write(`ok: ${set.policies.length} policies (${tenants}), version ${set.version}${findings.length ? `, ${findings.length} warnings` : ''}\n`);
  return values.strict && findings.length > 0 ? 1 : 0;
}

async function policyTest(args: string[]): Promise<number> {
  const { positionals, values } = parse(args, { tests: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError('policy test takes at most one folder');
  const dir = positionals[0] ?? './policies';
  const results = await runPolicyTests(await loadPolicySet(dir), values.tests ?? join(dir, 'tests'));
  for (const result of results) {
    const where = `${result.file}:${result.line}: ${result.name}`;
    process.stdout.write(result.passed ? `PASS ${where}\n` : `FAIL ${where}\n${result.failures.map((failure) => `     ${failure}\n`).join('')}`);
  }
  const failed = results.filter((result) => !result.passed).length;
  process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function explainOne(set: PolicySet, tenant: string, channel: string, text: string) {
  const loaded = loadedPolicyFor(set, tenant);
  const verdict = evaluate(loaded, { text });
  const scores = loaded.classifier?.similarities(text).slice(0, 3).map(({ intent, score }) => ({ intent, score: Math.round(score * 1000) / 1000 })) ?? [];
  return { tenant: loaded.policy.tenant === tenant ? tenant : `${tenant} (default policy)`, channel, policyVersion: set.version, ...verdict, escalate: verdict.escalation !== undefined, similarity: scores };
}

async function policyExplain(args: string[]): Promise<number> {
  const { positionals, values } = parse(args, { dir: { type: 'string' }, tenant: { type: 'string' }, channel: { type: 'string' }, jsonl: { type: 'boolean' } });
  const channel = values.channel ?? 'chat';
  if (!(CHANNELS as readonly string[]).includes(channel)) throw new UsageError(`unknown channel "${channel}"; channels are ${CHANNELS.join(', ')}`);
  const set = await loadPolicySet(values.dir ?? './policies');
  const tenant = values.tenant ?? 'default';
  if (!values.jsonl) {
    if (positionals.length !== 1) throw new UsageError('policy explain takes one message in quotes (or --jsonl to read JSON lines)');
    process.stdout.write(`${JSON.stringify(explainOne(set, tenant, channel, positionals[0]!), null, 2)}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('policy explain --jsonl reads messages from stdin, not arguments');
  return readJsonLines('policy explain', (record) => {
    const lineChannel = typeof record.channel === 'string' && (CHANNELS as readonly string[]).includes(record.channel) ? record.channel : channel;
    const { intent, confidence, action, escalate, reason } = explainOne(set, tenant, lineChannel, record.text);
    return { id: record.id, intent, confidence, action, escalate, reason };
  });
}

async function redact(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { text: { type: 'string' }, 'patterns-only': { type: 'boolean' }, dir: { type: 'string' }, tenant: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`redact takes no positional arguments (got "${positionals[0]}")`);
  if (values.tenant !== undefined && values.dir === undefined) throw new UsageError('redact --tenant needs --dir, the policy folder to read the tenant from');
  const modelDir = process.env.CHAPERONE_PHI_MODEL ?? DEFAULT_PHI_MODEL_DIR;
  const useModel = !values['patterns-only'] && modelDir !== 'off';
  const builtIn = new PhiDetector(new PhiAnalyzer(), useModel ? await (await import('./phi/ner.js')).NerModel.load(modelDir) : undefined);
  const detector = values.dir === undefined ? builtIn : withPolicyRecognizers(builtIn, policyFor(await loadPolicySet(values.dir), values.tenant ?? 'default'));
  const result = async (id: unknown, text: string) => {
    const spans = await detector.detect(text);
    return { id, redacted: maskFindings(text, spans), spans };
  };
  if (values.text !== undefined) {
    process.stdout.write(`${JSON.stringify(await result(null, values.text))}\n`);
    return 0;
  }
  return readJsonLines('redact', (record) => result(record.id, record.text));
}

/**
 * One output line per input line of `{"id","text",...}`: a bad line gets an error line naming
 * it and the run goes on; the exit code says whether any line was bad.
 */
async function readJsonLines(command: string, handle: (record: { id: unknown; text: string; [field: string]: unknown }) => object | Promise<object>): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      record = undefined;
    }
    const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : null;
    const text = record && typeof record === 'object' ? (record as { text?: unknown }).text : undefined;
    if (typeof text !== 'string') {
      failed += 1;
      // The line is bad, the run goes on: every input line gets exactly one output line.
      const why = record === undefined ? 'not valid JSON' : 'needs a string "text"';
      process.stdout.write(`${JSON.stringify({ id, line: lineNumber, error: `line ${lineNumber}: ${why}` })}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(await handle({ ...(record as object), id, text }))}\n`);
  }
  if (failed > 0) process.stderr.write(`chaperone: ${command}: ${failed} input lines could not be read\n`);
  return failed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number | undefined> {
  const [command, sub, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve(argv.slice(1));
      return undefined;
    case 'audit':
      if (sub === 'verify') return auditVerify(rest);
      if (sub === 'query') return auditQuery(rest);
      throw new UsageError(`unknown audit command "${sub ?? ''}"; use audit verify or audit query`);
    case 'redact':
      return redact(argv.slice(1));
    case 'policy':
      if (sub === 'lint') return policyLint(rest);
      if (sub === 'test') return policyTest(rest);
      if (sub === 'explain') return policyExplain(rest);
      throw new UsageError(`unknown policy command "${sub ?? ''}"; use policy lint, policy test or policy explain`);
    case 'keys':
      if (sub === 'new') return keysNew(rest);
      throw new UsageError(`unknown keys command "${sub ?? ''}"; use keys new`);
    case 'certs':
      if (sub === 'init') return certsInit(rest);
      throw new UsageError(`unknown certs command "${sub ?? ''}"; use certs init`);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) fail(error.message, 2);
    if (error instanceof Error && ['ConfigError', 'PolicyLoadError', 'AuditKeyError', 'AuditUnavailableError', 'AccessConfigError'].includes(error.name)) fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') fail(`cannot listen: ${code}`);
    if (code !== undefined && (error as NodeJS.ErrnoException).path) {
      fail(`cannot use ${(error as NodeJS.ErrnoException).path} (${code})`);
    }
    fail(`failed: ${error instanceof Error ? error.name : 'unknown error'}`);
  },
);
