#!/usr/bin/env node
import { ConfigError, loadConfig } from './config/config.js';
import { startGateway } from './gateway.js';
import { createLogger } from './log.js';
import { PolicyLoadError } from './policy/store.js';

const USAGE = `usage: chaperone <command>

commands:
  serve     run the gateway (settings from the environment and CHAPERONE_CONFIG; see README)
  help      show this message`;

/** Exit with one line on stderr: what operators read first when a pod crash-loops. */
function fail(message: string, code = 1): never {
  process.stderr.write(`chaperone: ${message}\n`);
  process.exit(code);
}

async function serve(): Promise<void> {
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

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      if (rest.length > 0) fail(`serve takes no arguments (got "${rest[0]}"); settings come from the environment`, 2);
      return serve();
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      fail(`unknown command "${command}"\n${USAGE}`, 2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof PolicyLoadError) fail(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') fail(`cannot listen: ${code}`);
  if (code !== undefined && (error as NodeJS.ErrnoException).path) {
    fail(`cannot use ${(error as NodeJS.ErrnoException).path} (${code})`);
  }
  fail(`failed to start: ${error instanceof Error ? error.name : 'unknown error'}`);
});
