import { format } from 'node:util';
import pino, { type Logger } from 'pino';
import { settings } from './settings';

/**
 * The server's log: one JSON object per line (pino), with `time`, `level` and `msg`, and for a
 * request its `reqId`. `npm run dev` prints it readably instead. `LOG_FILE` also appends it to
 * a file.
 *
 * What is never logged: a password, a one-time or recovery code, a cookie or token, a reporter's
 * email, a report's text, an IP address. The code logs none of them (an email only as its keyed
 * hash, `lib/login-throttle.ts`); in case an error drags one along, these fields are blanked.
 */
const REDACTED = [
  'password',
  'code',
  'email',
  'description',
  'ip',
  'cookie',
  'token',
  'authorization',
  '*.password',
  '*.code',
  '*.email',
  '*.description',
  '*.ip',
  '*.cookie',
  '*.token',
  '*.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

// Next's bundles and the custom server load this module separately; they share one logger.
const LOGGER_KEY = Symbol.for('scam-number-portal.logger');
type GlobalWithLogger = typeof globalThis & { [LOGGER_KEY]?: Logger };

export function logger(): Logger {
  const global = globalThis as GlobalWithLogger;
  global[LOGGER_KEY] ??= createLogger({ readable: false });
  return global[LOGGER_KEY];
}

/** For `npm run dev`: the same log, printed for people to read. Call before anything logs. */
export function useReadableLog(): void {
  (globalThis as GlobalWithLogger)[LOGGER_KEY] = createLogger({ readable: true });
}

function createLogger({ readable }: { readable: boolean }): Logger {
  const { log } = settings();
  const options = { level: log.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, redact: { paths: REDACTED, censor: '[redacted]' } };
  if (readable) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  // Written at once (sync): nothing is lost when the process ends.
  const streams: pino.StreamEntry[] = [{ stream: pino.destination({ dest: 1, sync: true }) }];
  if (log.file) streams.push({ stream: pino.destination({ dest: log.file, mkdir: true, append: true, sync: true }) });
  return pino(options, pino.multistream(streams));
}

/** An error as a log field: its name, message and stack, nothing else it carries. */
export function errorFields(error: unknown): { err: { type: string; message: string; stack?: string } } {
  if (error instanceof Error) return { err: { type: error.name, message: error.message, stack: error.stack } };
  return { err: { type: typeof error, message: format('%s', error) } };
}

/**
 * Sends everything else that writes to the console (Next.js's own messages, a library's
 * warning) through the log too, so that the server's output is JSON lines throughout.
 */
export function routeConsoleToLog(): void {
  const log = logger();
  const write = (level: 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    const text = format(...args.map((arg) => (arg instanceof Error ? arg.message : arg)));
    if (error) log[level]({ ...errorFields(error), source: 'console' }, text);
    else log[level]({ source: 'console' }, text);
  };
  console.log = write('info');
  console.info = write('info');
  console.warn = write('warn');
  console.error = write('error');
}
