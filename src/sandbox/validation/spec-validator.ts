/**
 * Checks the sandbox's ARM traffic against Azure's REST specs with Microsoft's `oav` live validator (the tool
 * Azure's own services use to check their traffic), so the emulator cannot drift from the contract unnoticed:
 * Microsoft.DataFactory 2018-06-01 and Microsoft.MachineLearningServices 2022-10-01, the api-versions the SDKs use.
 *
 * `oav` is a devDependency, loaded only here, and this module only when the sandbox starts with `validate: true`
 * (tests; `npm run sandbox -- --validate`). Loading the specs takes ~2.6 s, so the validator is built once per
 * process (per test file under jest, whose module registry is per file) and shared by every sandbox.
 *
 * Findings name the operation, oav's error code, the JSON path in the payload and the message. Requests to a
 * covered provider that match no operation of the spec (wrong path, verb or api-version) are findings too;
 * routes of other providers are not spec'd here and pass unchecked. Known oav false positives are dropped, each
 * by a precise rule with its reason (false-positives.ts).
 */
import { existsSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiveValidationIssue, LiveValidationResult, LiveValidator } from 'oav';
import { describeError } from '#shared/errors.js';
import type { SandboxRequest, SandboxResponse } from '../core/http.js';
import type { SpecValidator } from '../core/server.js';
import { isKnownFalsePositive } from './false-positives.js';

export interface SpecValidatorOptions {
  /** The folder holding `specification/...`; default `$SANDBOX_SPECS_DIR`, else the repository's vendored copy. */
  readonly specsDir?: string;
}

/** One problem with a request or response, as oav reports it (one per payload path). */
export interface SpecIssue {
  readonly operationId: string;
  readonly phase: 'request' | 'response';
  /** The response status, for response issues. */
  readonly status?: number;
  readonly code: string;
  readonly message: string;
  /** JSON pointer into the payload (`/properties/activities/0/name`; `/path/<param>` for path parameters). */
  readonly path?: string;
  /** The schema node oav checked against: spec file (relative to the specs folder) and JSON pointer. */
  readonly schema?: { readonly file: string; readonly pointer: string };
}

/** The spec files loaded, relative to the specs folder. */
export const SPEC_PATTERNS = [
  'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/datafactory.json',
  'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2022-10-01/*.json',
];

/** Providers whose operations the loaded specs cover (lower case). */
const COVERED_PROVIDERS = new Set(['microsoft.datafactory', 'microsoft.machinelearningservices']);

const OPERATION_NOT_FOUND = /^OPERATION_NOT_FOUND|^MULTIPLE_OPERATIONS_FOUND/;

/** The repository root: this file is src/sandbox/validation/spec-validator.ts. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `$SANDBOX_SPECS_DIR`, else the copy vendored in the repository (its README names the upstream commit). */
export function defaultSpecsDir(): string {
  return process.env.SANDBOX_SPECS_DIR || resolve(REPO_ROOT, 'vendor', 'azure-rest-api-specs');
}

export function formatIssue(issue: SpecIssue): string {
  const where = issue.path ? ` at ${issue.path}` : '';
  const status = issue.status === undefined ? '' : ` (${issue.status})`;
  // The schema node says which part of the spec disagrees (and is what a false-positive rule would name).
  const schema = issue.schema?.pointer
    ? ` [${issue.schema.file.split('/').pop()}${issue.schema.pointer}]`
    : '';
  return `${issue.operationId} ${issue.phase}${status}: ${issue.code}${where}: ${issue.message}${schema}`;
}

function providerOf(path: string): string | undefined {
  const matches = [...path.matchAll(/\/providers\/([^/]+)/gi)];
  return matches.at(-1)?.[1]?.toLowerCase();
}

function stringHeaders(headers: IncomingHttpHeaders | Readonly<Record<string, string>> | undefined) {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}

/** The body as it goes over the wire: JSON round-tripped (undefined fields dropped), or parsed JSON text. */
function wireBody(body: unknown): Record<string, unknown> | undefined {
  if (body === undefined) return undefined;
  try {
    if (Buffer.isBuffer(body) || typeof body === 'string') return JSON.parse(body.toString()) as never;
    return JSON.parse(JSON.stringify(body)) as never;
  } catch {
    return undefined;
  }
}

export class OavSpecValidator implements SpecValidator {
  constructor(
    private readonly validator: LiveValidator,
    readonly specsDir: string,
  ) {}

  /** Request issues after the known false positives are dropped. */
  async checkRequest(request: SandboxRequest): Promise<SpecIssue[]> {
    if (!this.covers(request)) return [];
    const result = await this.validator.validateLiveRequest({
      url: request.url.href,
      method: request.method,
      headers: stringHeaders(request.headers),
      body: request.body as Record<string, unknown> | undefined,
    });
    return this.issues(result, 'request');
  }

  async checkResponse(request: SandboxRequest, response: SandboxResponse): Promise<SpecIssue[]> {
    if (!this.covers(request)) return [];
    const headers = stringHeaders(response.headers);
    const isObject =
      response.body !== undefined && !Buffer.isBuffer(response.body) && typeof response.body !== 'string';
    // The server adds this header to JSON bodies when it sends them (core/server.ts).
    if (isObject) headers['content-type'] ??= 'application/json; charset=utf-8';
    const result = await this.validator.validateLiveResponse(
      { statusCode: String(response.status), headers, body: wireBody(response.body) },
      { url: request.url.href, method: request.method },
    );
    // An unknown operation was reported with the request already.
    if (result.runtimeException && OPERATION_NOT_FOUND.test(result.runtimeException.code)) return [];
    return this.issues(result, 'response', response.status);
  }

  async validateRequest(request: SandboxRequest): Promise<string[]> {
    return (await this.checkRequest(request)).map(formatIssue);
  }

  async validateResponse(request: SandboxRequest, response: SandboxResponse): Promise<string[]> {
    return (await this.checkResponse(request, response)).map(formatIssue);
  }

  private covers(request: SandboxRequest): boolean {
    const provider = providerOf(request.path);
    return provider !== undefined && COVERED_PROVIDERS.has(provider);
  }

  private issues(result: LiveValidationResult, phase: SpecIssue['phase'], status?: number): SpecIssue[] {
    const operationId = result.operationInfo?.operationId ?? 'unknownOperationId';
    const issues: SpecIssue[] = [];
    const seen = new Set<string>();
    const add = (issue: SpecIssue) => {
      if (isKnownFalsePositive(issue)) return;
      // oav reports a polymorphic value's error once per schema it checks (Activity and ForEachActivity): keep one.
      const key = formatIssue({ ...issue, schema: undefined });
      if (seen.has(key)) return;
      seen.add(key);
      issues.push(issue);
    };
    if (result.runtimeException) {
      const { code, message } = result.runtimeException;
      add({
        operationId,
        phase,
        status,
        code,
        message: OPERATION_NOT_FOUND.test(code)
          ? `${message} The specs in ${this.specsDir} do not define this request.`
          : message,
      });
    }
    for (const error of result.errors as LiveValidationIssue[]) {
      const schema = error.source
        ? { file: String(error.source.url ?? ''), pointer: String(error.source.jsonRef ?? '') }
        : undefined;
      const paths = error.pathsInPayload?.length ? error.pathsInPayload : [undefined];
      for (const path of paths) {
        add({ operationId, phase, status, code: String(error.code), message: error.message, path, schema });
      }
    }
    return issues;
  }
}

const validators = new Map<string, Promise<OavSpecValidator>>();

async function load(specsDir: string): Promise<OavSpecValidator> {
  if (!existsSync(resolve(specsDir, 'specification'))) {
    throw new Error(
      `The REST specs are not at ${specsDir} (no specification/ folder): set SANDBOX_SPECS_DIR or pass specsDir.`,
    );
  }
  let oav: typeof import('oav');
  try {
    oav = await import('oav');
  } catch (error) {
    throw new Error(
      `Spec validation needs the devDependency 'oav' (npm ci installs it): ${describeError(error).message}`,
    );
  }
  const validator = new oav.LiveValidator(
    {
      directory: specsDir,
      swaggerPathsPattern: SPEC_PATTERNS,
      git: { shouldClone: false },
      loadValidatorInBackground: false,
      loadValidatorInInitialize: true,
      isArmCall: true,
    },
    // oav logs every unmatched operation as an error; the result carries the same as runtimeException.
    () => {},
  );
  await validator.initialize();
  return new OavSpecValidator(validator, specsDir);
}

export async function createSpecValidator(options: SpecValidatorOptions = {}): Promise<OavSpecValidator> {
  const specsDir = resolve(options.specsDir ?? defaultSpecsDir());
  let validator = validators.get(specsDir);
  if (!validator) {
    validator = load(specsDir);
    validators.set(specsDir, validator);
    validator.catch(() => validators.delete(specsDir));
  }
  return validator;
}
