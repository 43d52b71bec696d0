/**
 * Which deployment the endpoint routes its jobs to after a release.
 *
 * The endpoint file's `defaults.deployment_name` says it, as for `az ml` (a name of one of the run's deployment files,
 * or of a deployment the endpoint already has). The input `set-default` overrides it: `true` makes the run's one
 * deployment the default (as `az ml batch-deployment create --set-default`), a deployment name makes that one the
 * default, `false` leaves the endpoint's default as it is. Without either, a run of one deployment file makes that
 * deployment the default; a run of several must name it. A warning says when `set-default` actually overrides the
 * file: when the default it leads to is not the one the file names.
 *
 * A name in the file or in `set-default` that is the `name` of one of the run's deployment files means that
 * deployment even when the input `deployment-name` renames it (per-model-version): the files speak of each other.
 * The switch itself happens only once every deployment of the run has reached Succeeded (rollout.ts).
 */
import type { SourceLocation } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { nameProblem } from './resource-names.js';
import type { EndpointSpec } from './specs/endpoint-spec.js';
import { type Origin, originError } from './specs/origin.js';

export type DefaultTarget =
  /** One of the run's deployments, by its position in the input `deployment-file`. */
  | { readonly kind: 'declared'; readonly index: number }
  /** A deployment of the endpoint that this run does not deploy; it must exist and have Succeeded. */
  | { readonly kind: 'named'; readonly name: string }
  /** The endpoint's default stays what it is. */
  | { readonly kind: 'keep' };

export interface DefaultRequest {
  readonly target: DefaultTarget;
  /** What decided it: the input, the endpoint file, or the run's one deployment file. */
  readonly origin: Origin;
  readonly source: 'input' | 'file' | 'only-deployment';
  /** The endpoint file's own choice, when `set-default` decided instead. */
  readonly overridden:
    | { readonly target: DefaultTarget; readonly written: string; readonly location: SourceLocation }
    | undefined;
}

export interface DeclaredDeployment {
  /** The `name` in its file. */
  readonly fileName: string;
  /** The name it is deployed under when it is a literal (the input `deployment-name` may make it a template). */
  readonly literalName: string | undefined;
}

function targetOf(written: string, declared: readonly DeclaredDeployment[]): DefaultTarget {
  const same = (a: string | undefined) => a !== undefined && a.toLowerCase() === written.toLowerCase();
  const byFile = declared.findIndex((d) => same(d.fileName));
  if (byFile >= 0) return { kind: 'declared', index: byFile };
  const byName = declared.findIndex((d) => same(d.literalName));
  if (byName >= 0) return { kind: 'declared', index: byName };
  return { kind: 'named', name: written };
}

export function defaultRequest(
  setDefault: string | undefined,
  endpoint: EndpointSpec,
  declared: readonly DeclaredDeployment[],
): DefaultRequest {
  const fileOrigin: Origin = { kind: 'file', reader: endpoint.reader, at: ['defaults', 'deployment_name'] };
  const file =
    endpoint.defaultDeployment === undefined
      ? undefined
      : {
          target: targetOf(endpoint.defaultDeployment, declared),
          written: endpoint.defaultDeployment,
          location: endpoint.reader.document.locate(['defaults', 'deployment_name']),
        };
  if (setDefault !== undefined) {
    const origin: Origin = { kind: 'input', input: 'set-default' };
    let target: DefaultTarget;
    if (setDefault === 'false') {
      target = { kind: 'keep' };
    } else if (setDefault === 'true') {
      if (declared.length !== 1) {
        throw originError(
          origin,
          `'true' makes the run's deployment the default, but this run deploys ${declared.length} (${declared.map((d) => d.fileName).join(', ')}): name the one to make the default.`,
        );
      }
      target = { kind: 'declared', index: 0 };
    } else {
      const problem = nameProblem(setDefault, 'deployment');
      if (problem) {
        throw originError(
          origin,
          `'${setDefault}' is neither true, false nor a deployment name: ${problem}.`,
        );
      }
      target = targetOf(setDefault, declared);
    }
    return { target, origin, source: 'input', overridden: file };
  }
  if (file) return { target: file.target, origin: fileOrigin, source: 'file', overridden: undefined };
  if (declared.length === 1) {
    return {
      target: { kind: 'declared', index: 0 },
      origin: { kind: 'input', input: 'deployment-file' },
      source: 'only-deployment',
      overridden: undefined,
    };
  }
  throw endpoint.reader.error(
    [],
    `this run deploys ${declared.length} deployments (${declared.map((d) => d.fileName).join(', ')}) to endpoint '${endpoint.name}' and names no default: set defaults.deployment_name in this file (or the input set-default).`,
  );
}

/** The name a target stands for, given the run's deployment names and the endpoint's live default. */
export function targetName(
  target: DefaultTarget,
  names: readonly string[],
  liveDefault: string | undefined,
): string | undefined {
  if (target.kind === 'declared') return names[target.index];
  if (target.kind === 'named') return target.name;
  return liveDefault;
}

/**
 * The endpoint's default after the release (undefined: none), with the override warning when `set-default` leads to
 * another default than the endpoint file names.
 */
export function resolveDefault(
  request: DefaultRequest,
  names: readonly string[],
  liveDefault: string | undefined,
  logger: Pick<Logger, 'warning'>,
): string | undefined {
  const chosen = targetName(request.target, names, liveDefault);
  const overridden = request.overridden;
  if (overridden) {
    const fileChoice = targetName(overridden.target, names, liveDefault);
    if (fileChoice?.toLowerCase() !== chosen?.toLowerCase()) {
      const outcome =
        request.target.kind === 'keep'
          ? `set-default is false, so the default stays ${chosen ? `'${chosen}'` : '(none)'}`
          : `set-default makes '${chosen}' the default`;
      logger.warning(
        `defaults.deployment_name '${overridden.written}' is not applied: ${outcome} (the input set-default overrides the endpoint file).`,
        { location: overridden.location },
      );
    }
  }
  return chosen;
}
