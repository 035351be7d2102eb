import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { StackError } from './errors';
import { assertPortFree, canConnect, findFreePort, resolvePort, waitUntil } from './ports';

const servers: net.Server[] = [];

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(port, '127.0.0.1', () => resolve(server));
    servers.push(server);
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('ports', () => {
  it('finds a port nothing listens on', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    await expect(assertPortFree(port, '127.0.0.1', 'hint')).resolves.toBeUndefined();
    expect(await canConnect(port)).toBe(false);
  });

  it('reports a busy port with the hint on what to change', async () => {
    const port = await findFreePort();
    await listen(port);
    expect(await canConnect(port)).toBe(true);
    const check = assertPortFree(port, '127.0.0.1', 'Set LOCAL_OFFER_PG_PORT.');
    await expect(check).rejects.toBeInstanceOf(StackError);
    await expect(check).rejects.toThrow(`Port ${port} is already in use. Set LOCAL_OFFER_PG_PORT.`);
  });

  it('treats 0 as "any free port" and keeps other values', async () => {
    expect(await resolvePort(54320)).toBe(54320);
    expect(await resolvePort(0)).toBeGreaterThan(0);
  });
});

describe('waitUntil', () => {
  it('resolves once the check passes, treating thrown errors as "not yet"', async () => {
    let calls = 0;
    await waitUntil(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('connection refused');
        return true;
      },
      { what: 'thing', timeoutMs: 2_000, intervalMs: 5 },
    );
    expect(calls).toBe(3);
  });

  it('gives up after the timeout', async () => {
    await expect(waitUntil(async () => false, { what: 'Slow thing', timeoutMs: 50, intervalMs: 5 })).rejects.toThrow(
      /Slow thing was not ready/,
    );
  });

  it('stops at once when the awaited process exits', async () => {
    const exited = Promise.resolve({ code: 1, signal: null });
    await expect(waitUntil(async () => false, { what: 'PostgreSQL', timeoutMs: 5_000, abort: exited })).rejects.toThrow(
      /PostgreSQL stopped before it was ready/,
    );
  });

  it('lets a StackError from the check through as the verdict', async () => {
    await expect(
      waitUntil(
        async () => {
          throw new StackError('wrong password');
        },
        { what: 'x', timeoutMs: 5_000 },
      ),
    ).rejects.toThrow('wrong password');
  });
});
