import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeilisearchRequestError } from 'meilisearch';
import { createMeiliClient } from './client';
import { meiliErrorCode, toSearchUnavailable } from './errors';
import { createNodeHttpClient, MeiliHttpError } from './http-client';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  remotePort: number | undefined;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, remotePort: req.socket.remotePort });
      if (req.url === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"available"}');
      } else if (req.url === '/echo') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, body: JSON.parse(body || 'null') }));
      } else if (req.url === '/empty') {
        res.writeHead(204).end();
      } else if (req.url === '/slow') {
        setTimeout(() => res.writeHead(200).end('{}'), 500);
      } else if (req.url === '/indexes/missing') {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"message":"Index `missing` not found.","code":"index_not_found","type":"invalid_request","link":"https://docs.meilisearch.com/errors#index_not_found"}');
      } else {
        res.writeHead(500).end('not json');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createNodeHttpClient', () => {
  it('sends method, headers and body, and resolves with parsed JSON', async () => {
    const request = createNodeHttpClient();
    try {
      const result = await request(new URL('/echo', base), {
        method: 'POST',
        headers: new Headers({ Authorization: 'Bearer test-key', 'Content-Type': 'application/json' }),
        body: JSON.stringify({ q: 'autism' }),
      });
      expect(result).toEqual({ method: 'POST', body: { q: 'autism' } });
      const last = seen.at(-1);
      expect(last?.headers.authorization).toBe('Bearer test-key');
      expect(last?.headers['content-length']).toBe(String(JSON.stringify({ q: 'autism' }).length));
    } finally {
      request.close();
    }
  });

  it('resolves with undefined for an empty body', async () => {
    const request = createNodeHttpClient();
    try {
      await expect(request(`${base}/empty`, { method: 'DELETE' })).resolves.toBeUndefined();
    } finally {
      request.close();
    }
  });

  it('reuses one keep-alive connection for sequential requests', async () => {
    const request = createNodeHttpClient();
    try {
      const before = seen.length;
      for (let i = 0; i < 5; i++) await request(`${base}/health`);
      const ports = new Set(seen.slice(before).map((s) => s.remotePort));
      expect(ports.size).toBe(1);
    } finally {
      request.close();
    }
  });

  it('rejects with MeiliHttpError carrying the Meilisearch error code', async () => {
    const request = createNodeHttpClient();
    try {
      const error = await request(`${base}/indexes/missing`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MeiliHttpError);
      expect((error as MeiliHttpError).status).toBe(404);
      expect((error as MeiliHttpError).code).toBe('index_not_found');
      const serverError = await request(`${base}/boom`).catch((e: unknown) => e);
      expect((serverError as MeiliHttpError).status).toBe(500);
    } finally {
      request.close();
    }
  });

  it('rejects with the abort reason when the signal fires', async () => {
    const request = createNodeHttpClient();
    try {
      const error = await request(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
      expect((error as Error).name).toBe('TimeoutError');
    } finally {
      request.close();
    }
  });
});

describe('createMeiliClient with the node:http client', () => {
  it('talks to a server and surfaces API errors with their code', async () => {
    const client = createMeiliClient(base, 'a-master-key-of-16+chars');
    try {
      await expect(client.health()).resolves.toEqual({ status: 'available' });
      expect(seen.at(-1)?.headers.authorization).toBe('Bearer a-master-key-of-16+chars');
      const error = await client.getRawIndex('missing').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MeilisearchRequestError);
      expect(meiliErrorCode(error)).toBe('index_not_found');
      expect(toSearchUnavailable(error).reason).toBe('index-missing');
    } finally {
      client.close();
    }
  });

  it('maps a refused connection to an unreachable search', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = createMeiliClient(`http://127.0.0.1:${port}`, 'a-master-key-of-16+chars');
    try {
      const error = await client.health().catch((e: unknown) => e);
      expect(toSearchUnavailable(error).reason).toBe('unreachable');
    } finally {
      client.close();
    }
  });
});
