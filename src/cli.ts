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
import { loadConfig } from './config/config.js';
import { startGateway } from './gateway.js';
import { maskFindings, PhiAnalyzer } from './phi/analyzer.js';
import { loadPolicySet } from './policy/store.js';
import { createLogger } from './log.js';

const USAGE = `usage: chaperone <command>

commands:
  serve                             run the gateway (settings from the environment; see README)
  audit verify DIR [--public-key F] check every audit chain under DIR; exit 1 at the first bad record
  audit query DIR [--since T] [--until T] [--tenant T] [--intent I] [--action A]
                                    print matching request records as JSON lines
  certs init [--out DIR] [--tenant T ...]
                                    write development CA, server and client certificates and audit keys
  redact [--text "..."]             find PHI: JSON lines {"id","text"} on stdin, or one --text; JSON lines out
  policy lint [DIR]                 check the policy folder (default ./policies); exit 1 naming file and line
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
  const { positionals } = parse(args, {});
  if (positionals.length > 1) throw new UsageError('policy lint takes at most one folder');
  const dir = positionals[0] ?? './policies';
  const set = await loadPolicySet(dir);
  const tenants = set.policies.map((entry) => entry.policy.tenant).join(', ');
  process.stdout.write(`ok: ${set.policies.length} policies (${tenants}), version ${set.version}\n`);
  return 0;
}

async function redact(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { text: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`redact takes no positional arguments (got "${positionals[0]}")`);
  const analyzer = new PhiAnalyzer();
  const result = (id: unknown, text: string) => {
    const spans = analyzer.analyze(text);
    return { id, redacted: maskFindings(text, spans), spans };
  };
  if (values.text !== undefined) {
    process.stdout.write(`${JSON.stringify(result(null, values.text))}\n`);
    return 0;
  }
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
    process.stdout.write(`${JSON.stringify(result(id, text))}\n`);
  }
  if (failed > 0) process.stderr.write(`chaperone: redact: ${failed} input lines could not be read\n`);
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
      throw new UsageError(`unknown policy command "${sub ?? ''}"; use policy lint`);
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
