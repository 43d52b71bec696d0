/**
 * The HTTP client behind the Web activity: one request over `node:http`/`node:https`, trusting the public roots and
 * the sandbox CA (so the sandbox's own HTTPS endpoints, the batch scoring URI among them, are reached as any other
 * server), with the body read up to a limit: past it the request is dropped and the response marked too large
 * rather than held in memory.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

export interface WebRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal: AbortSignal;
  /** `disableCertValidation`: accept any server certificate. */
  readonly insecure?: boolean;
  /** Bytes of body to read at most; a longer body sets `tooLarge` and is not kept. */
  readonly maxBytes: number;
}

export interface WebResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly tooLarge: boolean;
}

export class WebClient {
  readonly #ca: string[];
  #trust: SecureContext | undefined;

  constructor(extraCa: readonly string[]) {
    this.#ca = [...rootCertificates, ...extraCa];
  }

  /** Built once: parsing some 140 root certificates for every request cost milliseconds of CPU each time. */
  #secureContext(): SecureContext {
    this.#trust ??= createSecureContext({ ca: this.#ca });
    return this.#trust;
  }

  request(spec: WebRequest): Promise<WebResponse> {
    const send = spec.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const request = send(
        spec.url,
        {
          method: spec.method,
          headers: {
            ...spec.headers,
            ...(spec.body !== undefined ? { 'content-length': String(Buffer.byteLength(spec.body)) } : {}),
          },
          signal: spec.signal,
          ...(spec.url.protocol === 'https:'
            ? { secureContext: this.#secureContext(), rejectUnauthorized: !spec.insecure }
            : {}),
        },
        (response) => readResponse(response, spec.maxBytes).then(resolve, reject),
      );
      request.on('error', reject);
      request.end(spec.body);
    });
  }
}

function readResponse(response: IncomingMessage, maxBytes: number): Promise<WebResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(', ') : String(value ?? ''),
      ]),
    );
    const done = () =>
      resolve({
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? '',
        headers,
        body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks),
        tooLarge,
      });
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        response.destroy();
        done();
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', done);
    response.on('error', (error) => (tooLarge ? undefined : reject(error)));
  });
}
