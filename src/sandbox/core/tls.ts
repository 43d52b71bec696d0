/**
 * The sandbox's own certificate authority and server certificate (SAN 127.0.0.1 and localhost). Child processes
 * trust it through `NODE_EXTRA_CA_CERTS`; in-process clients through `tlsOptions: { ca }`. The pair is cached in
 * the state folder, so a warm start does not generate keys again.
 */

import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface SandboxCertificates {
  readonly caCert: string;
  readonly cert: string;
  readonly key: string;
  /** Where the CA certificate is written, for `NODE_EXTRA_CA_CERTS`. */
  readonly caPath: string;
}

const DAY_MS = 86_400_000;

async function readCached(dir: string): Promise<SandboxCertificates | undefined> {
  try {
    const [caCert, cert, key] = await Promise.all(
      ['ca.pem', 'server.pem', 'server-key.pem'].map((file) => readFile(join(dir, file), 'utf8')),
    );
    // Regenerate a week before expiry rather than fail a run on an expired certificate.
    if (new Date(new X509Certificate(cert!).validTo).getTime() - Date.now() < 7 * DAY_MS) return undefined;
    return { caCert: caCert!, cert: cert!, key: key!, caPath: join(dir, 'ca.pem') };
  } catch {
    return undefined;
  }
}

export async function loadOrCreateCertificates(dir: string): Promise<SandboxCertificates> {
  const cached = await readCached(dir);
  if (cached) return cached;
  const notBeforeDate = new Date(Date.now() - DAY_MS);
  const notAfterDate = new Date(Date.now() + 365 * DAY_MS);
  const ca = await generate([{ name: 'commonName', value: 'AML ADF release sandbox CA' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const server = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, 'ca.pem'), ca.cert),
    writeFile(join(dir, 'server.pem'), server.cert),
    writeFile(join(dir, 'server-key.pem'), server.private, { mode: 0o600 }),
  ]);
  return { caCert: ca.cert, cert: server.cert, key: server.private, caPath: join(dir, 'ca.pem') };
}
