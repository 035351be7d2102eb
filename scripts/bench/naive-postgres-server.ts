import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';

export interface NaivePostgresServer {
  port: number;
  /** Closes the server and its pool, then ends the thread. */
  stop(): Promise<void>;
}

const workerScript = new URL('./naive-postgres-worker.ts', import.meta.url).href;

/**
 * Starts the naive PostgreSQL baseline (naive-postgres-worker.ts) in a worker thread of this process
 * on a free loopback port. A thread ends with its process, so nothing can outlive the benchmark.
 */
export function startNaivePostgresServer(options: { databaseUrl: string; poolSize: number }): Promise<NaivePostgresServer> {
  // Worker threads do not inherit tsx's loader: register it in the thread before loading the script.
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerScript)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: options });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const stop = async () => {
    const closed = new Promise<void>((resolve) => {
      worker.on('message', (message: { type?: string }) => {
        if (message.type === 'closed') resolve();
      });
    });
    worker.postMessage({ type: 'close' });
    await Promise.race([closed, exited, sleep(5_000)]);
    await worker.terminate();
  };

  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The naive PostgreSQL server thread exited (code ${code}) before listening`)));
    worker.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) resolve({ port: message.port, stop });
    });
  });
}
