/**
 * Blob storage for the sandbox: Azurite's blob service (npm `azurite`, Microsoft's storage emulator) in memory,
 * serving HTTPS with the sandbox's certificate, on a free port of 127.0.0.1.
 *
 * It runs as a child process: `import('azurite')` fails (its entry needs `vscode`), and a child keeps Azurite's
 * memory and CPU (blob uploads, its GC) off the sandbox's event loop. Measured on this machine: ready in ~0.5 s
 * (the deep-imported `BlobServer` starts in ~0.35 s in plain node, and startSandbox starts Azurite in parallel with
 * its other work, so the in-process variant would save nothing visible while sharing the heap and loop).
 *
 * The child dies with the sandbox: `stop()` ends it, a parent `exit` handler kills it, and when the parent dies
 * without running either (SIGKILL, crash) the IPC channel closes and the child's preload exits on `disconnect`.
 *
 * OAuth: Azurite's `--oauth basic` checks no signature, but it only accepts tokens whose `iss` starts with
 * `https://sts.windows.net/` (or the other sovereign STS hosts in `VALID_ISSUE_PREFIXES`, azurite 3.35.0
 * `dist/src/common/utils/constants.js`) and whose `aud` is `https://storage.azure.com` (or an account's blob
 * host). The sandbox authority signs storage-audience tokens with Entra's v1 issuer
 * (`https://sts.windows.net/<tenant>/`, what Entra itself puts in storage tokens), so with `oauth: true` (the
 * sandbox's default) bearer tokens from the credential chain reach Azurite as they reach Azure Storage; shared key
 * and SAS keep working beside them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { StorageInfo } from '../context.js';

/** Azurite's well-known development account (the same in every Azurite, documented by Microsoft). */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1';
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteHandle {
  readonly info: StorageInfo;
  /** The child process's id (tests check that it is gone after `stop()`). */
  readonly pid: number;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** PEM certificate and key Azurite serves HTTPS with (written under `stateDir/azurite`, as Azurite reads files). */
  readonly cert: string;
  readonly key: string;
  /** The CA the certificate chains to, handed to clients in the storage info. */
  readonly ca: string;
  readonly stateDir: string;
  /** Turn on `--oauth basic` (see the module comment), so bearer tokens for the storage audience are accepted. */
  readonly oauth?: boolean;
  /** How long to wait for Azurite to listen (default 30 s). */
  readonly startTimeoutMs?: number;
}

/**
 * Runs before Azurite's own entry in the child: exit when the parent goes away (the IPC channel closes) and on
 * SIGTERM at once (in memory there is nothing to flush; Azurite's own handler would only log and wait).
 */
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  "process.on('disconnect', () => process.exit(0)); process.on('SIGTERM', () => process.exit(0));",
)}`;

const READY = /successfully listens on https?:\/\/[^\s:]+:(\d+)/;

export async function startAzurite(options: AzuriteOptions): Promise<AzuriteHandle | undefined> {
  const dir = join(options.stateDir, 'azurite');
  await mkdir(dir, { recursive: true });
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  await Promise.all([writeFile(certPath, options.cert), writeFile(keyPath, options.key, { mode: 0o600 })]);

  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  const args = [
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--cert',
    certPath,
    '--key',
    keyPath,
    // Current @azure/storage-blob speaks a newer API version than Azurite 3.35 knows (400 InvalidHeaderValue).
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--silent',
    ...(options.oauth ? ['--oauth', 'basic'] : []),
  ];
  // Azurite reads custom accounts and a SQL metadata store from these; the sandbox wants the defaults.
  const { AZURITE_ACCOUNTS: _accounts, AZURITE_DB: _db, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', PRELOAD, main, ...args], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });

  let port: number;
  try {
    port = await waitForPort(child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  // Neither the child nor its pipes keep the sandbox's process alive; stop() or the exit handler end it.
  child.unref();
  child.channel?.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();

  const blobEndpoint = `https://127.0.0.1:${port}/${AZURITE_ACCOUNT_NAME}`;
  let stopped: Promise<void> | undefined;
  return {
    pid: child.pid!,
    info: {
      blobEndpoint,
      accountName: AZURITE_ACCOUNT_NAME,
      accountKey: AZURITE_ACCOUNT_KEY,
      connectionString: `DefaultEndpointsProtocol=https;AccountName=${AZURITE_ACCOUNT_NAME};AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${blobEndpoint};`,
      ca: options.ca,
    },
    stop() {
      stopped ??= (async () => {
        process.removeListener('exit', killOnExit);
        await terminate(child);
      })();
      return stopped;
    },
  };
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match) done(undefined, Number(match[1]));
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(
        new Error(
          `Azurite exited before listening (${signal ?? `exit code ${code}`}): ${output.trim().slice(-2000)}`,
        ),
      );
    const onError = (error: Error) => done(new Error(`Azurite could not be started: ${error.message}`));
    const timer = setTimeout(
      () => done(new Error(`Azurite did not listen within ${timeoutMs} ms: ${output.trim().slice(-2000)}`)),
      timeoutMs,
    );
    function done(error: Error | undefined, port?: number) {
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      child.removeListener('error', onError);
      for (const stream of [child.stdout, child.stderr]) {
        stream?.removeListener('data', onOutput);
        // Keep draining after start, so the child can never block on a full pipe.
        stream?.on('data', () => {});
      }
      if (error) reject(error);
      else resolve(port!);
    }
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}
