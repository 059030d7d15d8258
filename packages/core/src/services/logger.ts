/** Context of a log line: ids and names only, never a token, device code or secret. */
export type LogContext = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * The logger botlogin writes to. Libraries do not print: bind your bot's logger (pino, winston,
 * discord.js's debug) through this interface. Per-poll detail is debug level.
 */
export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

/** The default: says nothing. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

const levels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof levels)[number];

/** A logger that writes one line per call to a stream, from `minLevel` up. For apps. */
export function createStreamLogger(
  write: (line: string) => void,
  minLevel: LogLevel = 'info',
): Logger {
  const threshold = levels.indexOf(minLevel);
  const at = (level: LogLevel) => (message: string, context?: LogContext) => {
    if (levels.indexOf(level) < threshold) return;
    const fields = context
      ? Object.entries(context)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => `${key}=${String(value)}`)
          .join(' ')
      : '';
    write(`${level.toUpperCase()} ${message}${fields ? ` ${fields}` : ''}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
