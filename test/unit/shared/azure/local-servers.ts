// Local stand-ins for the services a credential or client talks to: the runner's ID-token endpoint (HTTP), an
// Entra-like authority and an ARM endpoint (HTTPS with a self-signed certificate for 127.0.0.1).
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface LocalServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void;

export interface TlsIdentity {
  readonly key: string;
  readonly cert: string;
}

export async function createTlsIdentity(): Promise<TlsIdentity> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startServer(handler: Handler, tls?: TlsIdentity): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const listener = (message: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => {
      const request = {
        method: message.method ?? '',
        url: message.url ?? '',
        headers: message.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      handler(request, response);
    });
  };
  const server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener)
    : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** An unsigned JWT-shaped token: enough for code that only reads claims. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/**
 * An authority answering MSAL's discovery and client-credentials token requests; every token request gets a new
 * access token `access-<n>` valid for `expiresInSeconds`.
 */
export function startAuthority(tls: TlsIdentity, expiresInSeconds = 3600): Promise<LocalServer> {
  let issued = 0;
  let base = '';
  const handler: Handler = (request, response) => {
    const path = new URL(request.url, 'https://authority').pathname;
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    if (request.method === 'GET' && discovery) {
      const tenant = discovery[1];
      sendJson(response, 200, {
        token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
        issuer: `${base}/${tenant}/v2.0`,
        jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
      });
      return;
    }
    if (request.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(path)) {
      issued += 1;
      sendJson(response, 200, {
        token_type: 'Bearer',
        expires_in: expiresInSeconds,
        ext_expires_in: expiresInSeconds,
        access_token: `access-${issued}`,
      });
      return;
    }
    sendJson(response, 404, { error: 'not_found', error_description: `${request.method} ${path}` });
  };
  return startServer(handler, tls).then((server) => {
    base = server.url;
    return server;
  });
}

/** The form fields of the token requests an authority received. */
export function tokenRequests(authority: LocalServer): URLSearchParams[] {
  return authority.requests
    .filter((request) => request.method === 'POST' && request.url.includes('/oauth2/v2.0/token'))
    .map((request) => new URLSearchParams(request.body));
}
