/**
 * Reads the ADF publish ARM template (`ARMTemplateForFactory.json`) and its parameters file. Resource names, types
 * and property values are evaluated as ARM template expressions (template-values.ts), so
 * `[concat(parameters('factoryName'), '/Score')]` becomes the pipeline `Score` whatever its length or spelling.
 * `dependsOn` is evaluated and checked (each entry must name a resource of the template) but not used for ordering:
 * the order comes from the references in the resources themselves (dependency-graph.ts).
 *
 * The steps: parse both files, check their shape and the parameters the file supplies, read each resource (its
 * name, then its properties and dependsOn), then check every dependsOn against the resources read.
 *
 * One problem is reported once: a resource that cannot be read is listed as unread, so a dependsOn or a reference
 * naming it is not reported again as missing, and a parameter that cannot be resolved is reported at its first use
 * only.
 *
 * Secure parameters (`secureString`, `secureObject`) are the deployment's secrets: their values are returned to be
 * masked, and each string of an artifact they give a value to is recorded (SecureValue), so an empty one can be
 * refused once overrides are applied (prepare.ts) and none is refused as a password written in plain text.
 */
import { type AdfArtifact, type ArtifactKind, KINDS, kindOfArmType } from '#shared/adf/artifacts.js';
import { type DocumentPath, type LoadedDocument, parseJsonDocumentText } from '#shared/json-documents.js';
import { problemsFromError } from '#shared/problems.js';
import { readTextFile } from '#shared/text-files.js';
import { isRecord } from '#shared/values.js';
import type { Problem } from '../problems.js';
import { BOM_NOTICE, type SecureValue, type SourceRead, type UnreadResource } from './source-read.js';
import {
  type EvaluateAt,
  FollowOnProblem,
  LocatedProblem,
  problemAt,
  type SecureUse,
  type TemplateScope,
  templateEvaluator,
} from './template-values.js';

export interface ArmTemplateFiles {
  readonly template: { readonly absolute: string; readonly shownAs: string };
  readonly parameters?: { readonly absolute: string; readonly shownAs: string };
}

export interface ArmTemplateText {
  readonly template: { readonly text: string; readonly file: string };
  readonly parameters?: { readonly text: string; readonly file: string };
}

export async function readArmTemplate(files: ArmTemplateFiles): Promise<SourceRead> {
  const notices: Problem[] = [];
  const read = async (file: { absolute: string; shownAs: string }, input: string) => {
    const { text, bom } = await readTextFile(file.absolute, file.shownAs, input);
    if (bom) notices.push({ message: BOM_NOTICE, location: { file: file.shownAs } });
    return { text, file: file.shownAs };
  };
  const result = parseArmTemplate({
    template: await read(files.template, 'source'),
    parameters: files.parameters ? await read(files.parameters, 'arm-template-parameters') : undefined,
  });
  return { ...result, notices };
}

export function parseArmTemplate(input: ArmTemplateText): SourceRead {
  const problems: Problem[] = [];
  const parse = (file: { text: string; file: string }): LoadedDocument | undefined => {
    try {
      return parseJsonDocumentText(file.text, file.file);
    } catch (error) {
      problems.push(...problemsFromError(error, file.file));
      return undefined;
    }
  };
  const template = parse(input.template);
  const parametersFile = input.parameters && parse(input.parameters);
  if (!template || (input.parameters && !parametersFile)) return { artifacts: [], notes: [], problems };

  const parts = templateParts(template, parametersFile);
  if ('problem' in parts) return { artifacts: [], notes: [], problems: [...problems, parts.problem] };
  if (parametersFile) problems.push(...suppliedParameterProblems(parametersFile, parts.scope));

  const evaluator = templateEvaluator(template, parts.scope);
  const read = readResources(template, parts.resources, evaluator.evaluateAt);
  problems.push(...read.problems, ...dependsOnProblems(template, read));
  const secureValues = secureValuesOf(read, evaluator.secureUses, template, parametersFile);
  if (read.artifacts.length === 0 && problems.length === 0) {
    // Deploying nothing would plan deleting the whole factory: a template without ADF resources is refused.
    problems.push(
      problemAt(
        template,
        ['resources'],
        "the template has no Data Factory resources (of type Microsoft.DataFactory/factories/...): give input 'source' the ARMTemplateForFactory.json that ADF publishes, or the git-integration folder",
      ),
    );
  }
  return {
    artifacts: read.artifacts,
    notes: read.notes,
    problems,
    unread: read.unread,
    secrets: secretStrings(evaluator.secureUses.map((use) => use.value)),
    secureValues,
  };
}

/** Every non-empty string in the secure parameters' values (a secureObject's strings, each one). */
function secretStrings(values: readonly unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value !== '') found.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return [...found];
}

/** The secure uses inside the artifacts read, each as the artifact, the path in its properties, and its parameter. */
function secureValuesOf(
  read: ResourcesRead,
  uses: readonly SecureUse[],
  template: LoadedDocument,
  parametersFile: LoadedDocument | undefined,
): SecureValue[] {
  const values: SecureValue[] = [];
  for (const use of uses) {
    const owner = read.propertiesAt.find(
      (p) => p.base.length <= use.path.length && p.base.every((segment, i) => use.path[i] === segment),
    );
    if (!owner) continue;
    const supplied = isRecord(parametersFile?.value) && isRecord(parametersFile.value.parameters);
    const location =
      supplied && use.parameter in (parametersFile!.value as { parameters: object }).parameters
        ? parametersFile!.locate(['parameters', use.parameter])
        : template.locate(['parameters', use.parameter]);
    values.push({
      kind: owner.kind,
      name: owner.name,
      path: use.path.slice(owner.base.length),
      parameter: use.parameter,
      empty: use.value === '' || use.value === null || use.value === undefined,
      evaluated: use.evaluated,
      location,
    });
  }
  return values;
}

/** The template's resources and the scope its expressions see, or the one problem that stops reading. */
function templateParts(
  template: LoadedDocument,
  parametersFile: LoadedDocument | undefined,
): { resources: readonly unknown[]; scope: TemplateScope } | { problem: Problem } {
  const root = template.value;
  if (!isRecord(root) || !Array.isArray(root.resources)) {
    return {
      problem: problemAt(template, [], 'not an ARM template: expected an object with a "resources" array'),
    };
  }
  const supplied = isRecord(parametersFile?.value) ? parametersFile.value.parameters : undefined;
  if (parametersFile && !isRecord(supplied)) {
    return {
      problem: problemAt(
        parametersFile,
        [],
        'not an ARM parameters file: expected an object with "parameters"',
      ),
    };
  }
  return {
    resources: root.resources,
    scope: {
      declared: isRecord(root.parameters) ? root.parameters : {},
      variables: isRecord(root.variables) ? root.variables : {},
      supplied: isRecord(supplied) ? supplied : undefined,
      parametersFile: parametersFile?.file,
    },
  };
}

/** Parameters the file supplies that the template does not declare, or that only an ARM deployment resolves. */
function suppliedParameterProblems(parametersFile: LoadedDocument, scope: TemplateScope): Problem[] {
  const problems: Problem[] = [];
  for (const [name, entry] of Object.entries(scope.supplied ?? {})) {
    const at = (message: string) => problems.push(problemAt(parametersFile, ['parameters', name], message));
    if (!(name in scope.declared)) {
      at(`parameter '${name}' is not declared by the template`);
    } else if (isRecord(entry) && 'reference' in entry) {
      at(
        `parameter '${name}' is a Key Vault reference, which only ARM deployments resolve; this action deploys resources directly, so pass the value through the overrides file (from an environment variable) instead`,
      );
    }
  }
  return problems;
}

/** A dependsOn entry, evaluated, and where it is written. */
interface Dependency {
  readonly value: string;
  readonly path: DocumentPath;
}

interface ResourcesRead {
  readonly artifacts: AdfArtifact[];
  readonly notes: string[];
  readonly problems: Problem[];
  /** `<armType>/<name>` in lower case of each resource read: what a dependsOn entry may name. */
  readonly names: Set<string>;
  readonly dependencies: Dependency[];
  /** Resources that failed to read: what is known of them. */
  readonly unread: UnreadResource[];
  /** Where each artifact's properties are in the template. */
  readonly propertiesAt: {
    readonly base: DocumentPath;
    readonly kind: ArtifactKind;
    readonly name: string;
  }[];
}

function readResources(
  template: LoadedDocument,
  resources: readonly unknown[],
  evaluateAt: EvaluateAt,
): ResourcesRead {
  const read: ResourcesRead = {
    artifacts: [],
    notes: [],
    problems: [],
    names: new Set(),
    dependencies: [],
    unread: [],
    propertiesAt: [],
  };
  resources.forEach((resource, index) => {
    const known: { kind?: ArtifactKind; name?: string } = {};
    try {
      readResource(template, resource, ['resources', index], evaluateAt, read, known);
    } catch (error) {
      if (error instanceof LocatedProblem) read.problems.push(error.problem);
      else if (!(error instanceof FollowOnProblem)) throw error;
      if (known.kind) read.unread.push({ kind: known.kind, ...(known.name ? { name: known.name } : {}) });
    }
  });
  return read;
}

/** One resource into `read`; a problem is thrown as a LocatedProblem, and `known` says what was read before it. */
function readResource(
  template: LoadedDocument,
  resource: unknown,
  base: DocumentPath,
  evaluateAt: EvaluateAt,
  read: ResourcesRead,
  known: { kind?: ArtifactKind; name?: string },
): void {
  const fail = (path: DocumentPath, message: string) =>
    new LocatedProblem(problemAt(template, [...base, ...path], message));
  if (!isRecord(resource)) throw fail([], 'a resource must be an object');
  if (typeof resource.type !== 'string') throw fail(['type'], '"type" is missing');
  const type = resource.type;
  const typeKind = kindOfArmType(type);
  if (typeKind && typeKind !== 'factoryResource') known.kind = typeKind;
  const rawName = evaluateAt([...base, 'name'], resource.name);
  if (typeof rawName !== 'string') throw fail(['name'], 'the resource name must evaluate to a string');
  if (type.toLowerCase() === 'microsoft.resources/deployments') {
    throw fail(
      ['type'],
      `nested or linked deployments ('${rawName}') are not read: use the ARMTemplateForFactory.json that ADF publishes next to linkedTemplates/, or the git-integration folder`,
    );
  }
  const kind = kindOfArmType(type);
  if (kind === undefined) {
    read.notes.push(
      `${template.file}: resource '${rawName}' of type ${type} is not a kind this action deploys; ignored.`,
    );
    return;
  }
  const segments = rawName.split('/');
  const expectedSegments = kind === 'factoryResource' ? 1 : kind === 'managedPrivateEndpoint' ? 3 : 2;
  if (segments.length !== expectedSegments || segments.some((s) => s === '')) {
    throw fail(
      ['name'],
      `the name '${rawName}' does not fit the type ${type} (expected ${expectedSegments} '/'-separated segments, starting with the factory name)`,
    );
  }
  if (kind !== 'factoryResource') known.name = segments.slice(1).join('/');
  const properties = isRecord(resource.properties)
    ? (evaluateAt([...base, 'properties'], resource.properties) as Record<string, unknown>)
    : undefined;
  if (kind === 'factoryResource') {
    const globals = factoryGlobalParameters(template, base, properties);
    if (globals) {
      read.artifacts.push(globals);
      read.propertiesAt.push({
        base: [...base, 'properties', 'globalParameters'],
        kind: 'globalParameters',
        name: 'default',
      });
    }
    return;
  }
  if (!properties) throw fail(['properties'], '"properties" must be an object');
  const name = segments.slice(1).join('/');
  read.artifacts.push({
    kind,
    name,
    properties,
    source: {
      file: template.file,
      locate: (path) => template.locate([...base, 'properties', ...path]),
      nameAt: template.locate([...base, 'name']),
    },
  });
  read.names.add(`${KINDS[kind].armType!}/${name}`.toLowerCase());
  read.propertiesAt.push({ base: [...base, 'properties'], kind, name });
  const dependsOn = Array.isArray(resource.dependsOn) ? resource.dependsOn : [];
  const dependencies = dependsOn.map((entry, i): Dependency => {
    const path = [...base, 'dependsOn', i];
    const value = evaluateAt(path, entry);
    if (typeof value !== 'string')
      throw fail(['dependsOn', i], 'a dependsOn entry must evaluate to a string');
    return { value, path };
  });
  read.dependencies.push(...dependencies);
}

/** Older publish mode: global parameters on the factory resource itself. */
function factoryGlobalParameters(
  template: LoadedDocument,
  base: DocumentPath,
  properties: Record<string, unknown> | undefined,
): AdfArtifact | undefined {
  const globals = properties?.globalParameters;
  if (!isRecord(globals)) return undefined;
  const at: DocumentPath = [...base, 'properties', 'globalParameters'];
  return {
    kind: 'globalParameters',
    name: 'default',
    properties: globals,
    source: {
      file: template.file,
      locate: (path) => template.locate([...at, ...path]),
      nameAt: template.locate(at),
    },
  };
}

/**
 * A dependsOn entry naming a Data Factory resource the template does not have (a resource that failed to read is
 * not missing: its own problem is reported).
 */
function dependsOnProblems(template: LoadedDocument, read: ResourcesRead): Problem[] {
  const armType = (u: UnreadResource) => KINDS[u.kind].armType!.toLowerCase();
  const unreadTypes = new Set(read.unread.filter((u) => u.name === undefined).map(armType));
  const unreadNames = new Set(
    read.unread.filter((u) => u.name !== undefined).map((u) => `${armType(u)}/${u.name!.toLowerCase()}`),
  );
  return read.dependencies
    .filter(({ value }) => {
      const target = dependencyTarget(value)?.toLowerCase();
      if (target === undefined || read.names.has(target) || unreadNames.has(target)) return false;
      const parts = target.split('/');
      const type = parts[1] === 'managedprivateendpoints' ? parts.slice(0, 2).join('/') : parts[0]!;
      return !unreadTypes.has(type);
    })
    .map(({ value, path }) =>
      problemAt(template, path, `dependsOn '${value}' names a resource that is not in the template`),
    );
}

/**
 * `.../factories/f/pipelines/x` -> `pipelines/x`; `.../factories/f/managedVirtualNetworks/v/managedPrivateEndpoints/e`
 * -> `managedVirtualNetworks/managedPrivateEndpoints/v/e` (the keys `names` holds); undefined for anything else.
 */
function dependencyTarget(value: string): string | undefined {
  const segments = value.split('/');
  const at = segments.findIndex((s) => s.toLowerCase() === 'factories');
  if (at < 0) return undefined;
  const [type, name, childType, childName, ...more] = segments.slice(at + 2);
  if (type === undefined || name === undefined || more.length > 0) return undefined;
  if (childType === undefined) return `${type}/${name}`;
  if (childName === undefined) return undefined;
  return `${type}/${childType}/${name}/${childName}`;
}
