import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { StackError } from './errors';

function listenOnce(port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/** A TCP port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function findFreePort(): Promise<number> {
  return listenOnce(0, '127.0.0.1');
}

/**
 * Fails with a readable message when something already listens on `port`. `host` is the address the
 * service will bind: undefined means every interface, which is what `next start` binds.
 */
export async function assertPortFree(port: number, host: string | undefined, hint: string): Promise<void> {
  try {
    await listenOnce(port, host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StackError(`Port ${port} is already in use. ${hint}`);
    }
    if (code === 'EACCES') {
      throw new StackError(`Not allowed to listen on port ${port}. ${hint}`);
    }
    throw error;
  }
}

/** 0 means "any free port" (the test harness uses it); any other value is used as given. */
export async function resolvePort(requested: number): Promise<number> {
  return requested === 0 ? findFreePort() : requested;
}

export function canConnect(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface WaitOptions {
  what: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Rejects as soon as this settles, e.g. when the process being waited for exits. */
  abort?: Promise<unknown>;
}

/** Polls `check` until it returns true, the timeout passes or `abort` settles. */
export async function waitUntil(check: () => Promise<boolean>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let aborted: unknown = null;
  let abortReason: unknown;
  options.abort?.then(
    (value) => {
      aborted = true;
      abortReason = value;
    },
    (error: unknown) => {
      aborted = true;
      abortReason = error;
    },
  );
  for (;;) {
    if (aborted) {
      throw abortReason instanceof Error ? abortReason : new StackError(`${options.what} stopped before it was ready`);
    }
    // A StackError is a verdict (e.g. a wrong password), anything else means "not ready yet".
    const ready = await check().catch((error: unknown) => {
      if (error instanceof StackError) throw error;
      return false;
    });
    if (ready) return;
    if (Date.now() > deadline) {
      throw new StackError(`${options.what} was not ready after ${Math.round(options.timeoutMs / 1000)} s`);
    }
    await sleep(options.intervalMs ?? 50);
  }
}
