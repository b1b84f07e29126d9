import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/config';

/** Structured JSON logs, one object per line. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'arbiter' } });
}
