/**
 * Checks the sandbox's traffic against Azure's REST specs with Microsoft's `oav` live validator (the tool Azure's
 * own services use to check their traffic), so the emulator cannot drift from the contract unnoticed, in three
 * groups of specs (SPEC_GROUPS):
 * - ARM: Microsoft.DataFactory 2018-06-01 and Microsoft.MachineLearningServices 2022-10-01, the api-versions the
 *   SDKs use; loaded when the validator is created.
 * - Synapse ARM: Microsoft.Synapse 2021-06-01 (workspaces, integration runtimes); loaded on its first request.
 * - The Synapse development endpoint (the artifacts data plane, 2020-12-01); loaded on its first request. Its
 *   paths start at the endpoint (`/pipelines/{name}`, host `{endpoint}`), so oav sees each request under the
 *   host Azure would have served it on (synapse/endpoint.ts), and it is not an ARM call: oav's ARM-only rules
 *   (`isArmCall`: the LRO header checks, `x-ms-azure-resource`) are off for it.
 *
 * `oav` is a devDependency, loaded only here, and this module only when the sandbox starts with `validate: true`
 * (tests; `npm run sandbox -- --validate`). Loading specs takes seconds (~2.6 s for ARM, ~4.5 s for the data
 * plane), so each group's validator is built once per process (per test file under jest, whose module registry is
 * per file) and shared by every sandbox, and groups a test never reaches are never loaded.
 *
 * Findings name the operation, oav's error code, the JSON path in the payload and the message. Requests a group
 * covers that match no operation of its specs (wrong path, verb or api-version) are findings too; routes no group
 * covers (other providers, the sandbox's own) pass unchecked. Known oav false positives, and answers where the
 * service is known to differ from its spec, are dropped, each by a precise rule with its reason
 * (false-positives.ts).
 */
import { existsSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiveValidationIssue, LiveValidationResult, LiveValidator } from 'oav';
import { describeError } from '#shared/errors.js';
import type { SandboxRequest, SandboxResponse } from '../core/http.js';
import type { SpecValidator } from '../core/server.js';
import { azureDevUrl } from '../synapse/endpoint.js';
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

/** A set of spec files one oav validator loads, and the requests it checks. */
export interface SpecGroup {
  readonly name: string;
  /** Spec files (globs), relative to the specs folder. */
  readonly patterns: readonly string[];
  /** oav's ARM rules apply (LRO headers, `x-ms-azure-resource`): not to a data plane. */
  readonly isArmCall: boolean;
  /** The URL oav should match the request under, or undefined when the group does not cover the request. */
  readonly specUrl: (request: SandboxRequest) => string | undefined;
}

function providerOf(path: string): string | undefined {
  const matches = [...path.matchAll(/\/providers\/([^/]+)/gi)];
  return matches.at(-1)?.[1]?.toLowerCase();
}

const forProviders =
  (...providers: string[]) =>
  (request: SandboxRequest) => {
    const provider = providerOf(request.path);
    return provider !== undefined && providers.includes(provider) ? request.url.href : undefined;
  };

/** The ARM spec files loaded when the validator is created, relative to the specs folder. */
export const SPEC_PATTERNS = [
  'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/datafactory.json',
  'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2022-10-01/*.json',
];

const SYNAPSE_DATA_PLANE = 'specification/synapse/data-plane/Microsoft.Synapse/stable/2020-12-01';

export const SPEC_GROUPS: readonly SpecGroup[] = [
  {
    name: 'arm',
    patterns: SPEC_PATTERNS,
    isArmCall: true,
    specUrl: forProviders('microsoft.datafactory', 'microsoft.machinelearningservices'),
  },
  {
    name: 'synapse-arm',
    patterns: [
      'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/workspace.json',
      'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/integrationRuntime.json',
    ],
    isArmCall: true,
    specUrl: forProviders('microsoft.synapse'),
  },
  {
    name: 'synapse-data-plane',
    // The operation files of the artifacts the sandbox serves; artifacts.json and entityTypes/ come by $ref.
    patterns: [
      `${SYNAPSE_DATA_PLANE}/{pipelines,datasets,linkedServices,dataflows,triggers,notebooks,sqlScripts,sparkJobDefinitions,credential,integrationRuntimes,operations,workspace}.json`,
    ],
    isArmCall: false,
    specUrl: (request) => azureDevUrl(request.url),
  },
];

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
  /** `load` builds (or returns the already built) validator of a group; the ARM group is built already. */
  constructor(
    readonly specsDir: string,
    private readonly load: (group: SpecGroup) => Promise<LiveValidator>,
  ) {}

  /** Request issues after the known false positives are dropped. */
  async checkRequest(request: SandboxRequest): Promise<SpecIssue[]> {
    const target = this.target(request);
    if (!target) return [];
    const validator = await this.load(target.group);
    const result = await validator.validateLiveRequest({
      url: target.url,
      method: request.method,
      headers: stringHeaders(request.headers),
      body: request.body as Record<string, unknown> | undefined,
    });
    return this.issues(result, 'request');
  }

  async checkResponse(request: SandboxRequest, response: SandboxResponse): Promise<SpecIssue[]> {
    const target = this.target(request);
    if (!target) return [];
    const validator = await this.load(target.group);
    const headers = stringHeaders(response.headers);
    const isObject =
      response.body !== undefined && !Buffer.isBuffer(response.body) && typeof response.body !== 'string';
    // The server adds this header to JSON bodies when it sends them (core/server.ts).
    if (isObject) headers['content-type'] ??= 'application/json; charset=utf-8';
    const result = await validator.validateLiveResponse(
      { statusCode: String(response.status), headers, body: wireBody(response.body) },
      { url: target.url, method: request.method },
    );
    // An unknown operation was reported with the request already.
    if (result.runtimeException && OPERATION_NOT_FOUND.test(result.runtimeException.code)) return [];
    return this.issues(result, 'response', response.status);
  }

  /** As checkRequest, formatted; a group whose specs cannot load is a finding, not a failed request. */
  async validateRequest(request: SandboxRequest): Promise<string[]> {
    return this.formatted(() => this.checkRequest(request));
  }

  async validateResponse(request: SandboxRequest, response: SandboxResponse): Promise<string[]> {
    return this.formatted(() => this.checkResponse(request, response));
  }

  private async formatted(check: () => Promise<SpecIssue[]>): Promise<string[]> {
    try {
      return (await check()).map(formatIssue);
    } catch (error) {
      return [`spec validation could not run: ${describeError(error).message}`];
    }
  }

  private target(request: SandboxRequest): { group: SpecGroup; url: string } | undefined {
    for (const group of SPEC_GROUPS) {
      const url = group.specUrl(request);
      if (url !== undefined) return { group, url };
    }
    return undefined;
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

/** Per specs folder: the validator, and each group's oav validator once something asked for it. */
const validators = new Map<string, Promise<OavSpecValidator>>();
const groupValidators = new Map<string, Promise<LiveValidator>>();

async function loadGroup(specsDir: string, group: SpecGroup): Promise<LiveValidator> {
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
      swaggerPathsPattern: [...group.patterns],
      git: { shouldClone: false },
      loadValidatorInBackground: false,
      loadValidatorInInitialize: true,
      isArmCall: group.isArmCall,
    },
    // oav logs every unmatched operation as an error; the result carries the same as runtimeException.
    () => {},
  );
  await validator.initialize();
  return validator;
}

function groupValidator(specsDir: string, group: SpecGroup): Promise<LiveValidator> {
  const key = `${specsDir}\0${group.name}`;
  let validator = groupValidators.get(key);
  if (!validator) {
    validator = loadGroup(specsDir, group);
    groupValidators.set(key, validator);
    validator.catch(() => groupValidators.delete(key));
  }
  return validator;
}

async function load(specsDir: string): Promise<OavSpecValidator> {
  if (!existsSync(resolve(specsDir, 'specification'))) {
    throw new Error(
      `The REST specs are not at ${specsDir} (no specification/ folder): set SANDBOX_SPECS_DIR or pass specsDir.`,
    );
  }
  // The ARM group now, so a sandbox that cannot validate fails when it starts; the others when first needed.
  await groupValidator(specsDir, SPEC_GROUPS[0]!);
  return new OavSpecValidator(specsDir, (group) => groupValidator(specsDir, group));
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
