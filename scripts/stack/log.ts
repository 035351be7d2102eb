import { performance } from 'node:perf_hooks';

export type Log = (message: string) => void;

export interface StepLogger {
  /** Runs one start-up step and prints a single line with what it did and how long it took. */
  step<T>(name: string, run: () => Promise<T>, describe?: (result: T) => string): Promise<T>;
  info: Log;
  warn: Log;
  /** Seconds since the logger was created. */
  elapsed(): string;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
}

/** Lines go to stderr so that a caller piping stdout (Playwright's webServer) still shows progress. */
export function createStepLogger(options: { prefix?: string; write?: (line: string) => void } = {}): StepLogger {
  const prefix = options.prefix ?? '[local-offer]';
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const startedAt = performance.now();
  const print = (text: string) => write(`${prefix} ${text}`);

  return {
    async step(name, run, describe) {
      const t0 = performance.now();
      try {
        const result = await run();
        const detail = describe?.(result);
        print(`${name.padEnd(13)} ${detail ? `${detail} ` : ''}(${formatSeconds(performance.now() - t0)})`);
        return result;
      } catch (error) {
        print(`${name.padEnd(13)} FAILED after ${formatSeconds(performance.now() - t0)}`);
        throw error;
      }
    },
    info: (message) => print(message),
    warn: (message) => print(`warning: ${message}`),
    elapsed: () => formatSeconds(performance.now() - startedAt),
  };
}

/** A logger that prints nothing, for tests and library callers that do not want progress lines. */
export const silentLogger: StepLogger = {
  step: (_name, run) => run(),
  info: () => undefined,
  warn: () => undefined,
  elapsed: () => '0.00s',
};
