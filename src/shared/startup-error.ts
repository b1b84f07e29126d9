/**
 * A reason not to serve that the operator can act on (pending migrations, a demo seed that failed):
 * main.ts prints its message as the one line of "arbiter: cannot start: ..." and exits 1.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
