import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';
import type { MeilisearchErrorResponse } from 'meilisearch';

// Node 20's fetch (undici) waits ~40 ms on every POST body (delayed ACK), which dwarfs the few
// milliseconds Meilisearch needs for a faceted search. A plain node:http request over a
// keep-alive agent does not, so the Meilisearch client is given this function as `httpClient`.

export interface NodeHttpClientOptions {
  /** Idle sockets kept open per host. */
  maxFreeSockets?: number;
  /** Concurrent sockets per host. */
  maxSockets?: number;
}

export type NodeHttpClient = ((input: RequestInfo | URL, init?: RequestInit) => Promise<unknown>) & {
  /** Closes idle keep-alive sockets (scripts and tests call this so Node can exit). */
  close: () => void;
};

/** An API error raised by the custom client; `code` mirrors the body so callers can test it. */
export class MeiliHttpError extends MeilisearchApiError {
  override name = 'MeiliHttpError';
  readonly code: string | undefined;
  readonly status: number;

  constructor(status: number, statusText: string, body: MeilisearchErrorResponse | undefined) {
    // Response only accepts 200-599; anything else is already a broken server.
    super(new Response(null, { status: status >= 200 && status <= 599 ? status : 502, statusText }), body);
    this.status = status;
    this.code = body?.code;
  }
}

function toHeaderRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function toBody(body: BodyInit | null | undefined): string | Buffer | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  // The Meilisearch client only ever sends JSON strings or NDJSON/CSV strings.
  throw new TypeError('Unsupported request body type for the Meilisearch HTTP client');
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A `fetch`-shaped function for the Meilisearch client's `httpClient` option: resolves with the
 * parsed JSON body on 2xx, rejects with MeiliHttpError otherwise, and rejects with the signal's
 * reason when `init.signal` aborts (the client turns its own timeout reason into a timeout error).
 */
export function createNodeHttpClient(options: NodeHttpClientOptions = {}): NodeHttpClient {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? 32,
    maxFreeSockets: options.maxFreeSockets ?? 8,
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  const request = (input: RequestInfo | URL, init: RequestInit = {}): Promise<unknown> => {
    const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
    const isHttps = url.protocol === 'https:';
    const transport = isHttps ? https : http;
    const body = toBody(init.body);
    const headers = toHeaderRecord(init.headers);
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const signal = init.signal ?? undefined;

    return new Promise<unknown>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const req = transport.request(
        url,
        { method: init.method ?? 'GET', headers, agent: isHttps ? httpsAgent : httpAgent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            signal?.removeEventListener('abort', onAbort);
            const status = res.statusCode ?? 0;
            const parsed = parseJson(Buffer.concat(chunks).toString('utf8'));
            if (status >= 200 && status < 300) resolve(parsed);
            else reject(new MeiliHttpError(status, res.statusMessage ?? '', parsed as MeilisearchErrorResponse | undefined));
          });
        },
      );
      const onAbort = () => {
        req.destroy();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      // Without this Node waits for a second packet before sending small bodies.
      req.setNoDelay(true);
      req.end(body);
    });
  };

  return Object.assign(request, {
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}
