/**
 * The real entry point as a child process (`node dist/src/main.js`, built beforehand): started with
 * the given environment, ready once its JSON log says it listens (the port comes from that line).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  logs: Array<Record<string, unknown>>;
}

export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['dist/src/main.js'], { env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', ...env } });
  const logs: Array<Record<string, unknown>> = [];
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'arbiter is listening') {
          const port = entry.port as number;
          resolve({ child, port, url: `http://127.0.0.1:${port}/graphql`, logs });
        }
      }
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening: ${stderr}`)));
  });
}

/** Sends `signal` and resolves with the exit code (null when a signal ended it). */
export function stopServerProcess(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill(signal);
  });
}
