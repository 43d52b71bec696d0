/**
 * Reads the ADF publish ARM template (`ARMTemplateForFactory.json`) and its parameters file. Resource names, types
 * and property values are evaluated as ARM template expressions (see template-expressions.ts), so
 * `[concat(parameters('factoryName'), '/Score')]` becomes the pipeline `Score` whatever its length or spelling.
 * `dependsOn` is evaluated and checked (each entry must name a resource of the template) but not used for ordering:
 * the order comes from the references in the resources themselves (dependency-graph.ts).
 */
import { readFile } from 'node:fs/promises';
import { type AdfArtifact, KINDS, kindOfArmType } from '#shared/adf/artifacts.js';
import { type DocumentPath, type LoadedDocument, parseDocumentText } from '#shared/documents.js';
import { problemsFromError } from '#shared/problems.js';
import { isRecord } from '#shared/values.js';
import type { Problem } from '../problems.js';
import type { SourceRead } from './git-folder.js';
import {
  type EvaluationContext,
  ExpressionError,
  evaluateTemplateString,
  isExpression,
} from './template-expressions.js';

export interface ArmTemplateFiles {
  readonly template: { readonly absolute: string; readonly shownAs: string };
  readonly parameters?: { readonly absolute: string; readonly shownAs: string };
}

export interface ArmTemplateText {
  readonly template: { readonly text: string; readonly file: string };
  readonly parameters?: { readonly text: string; readonly file: string };
}

export async function readArmTemplate(files: ArmTemplateFiles): Promise<SourceRead> {
  const read = async (file: { absolute: string; shownAs: string }) => ({
    text: (await readFile(file.absolute, 'utf8')).replace(/^\uFEFF/, ''),
    file: file.shownAs,
  });
  return parseArmTemplate({
    template: await read(files.template),
    parameters: files.parameters ? await read(files.parameters) : undefined,
  });
}

/** Thrown inside evaluation to carry a problem out of a deep walk. */
class Located extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export function parseArmTemplate(input: ArmTemplateText): SourceRead {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const artifacts: AdfArtifact[] = [];
  const parse = (text: string, file: string): LoadedDocument | undefined => {
    try {
      return parseDocumentText(text, file, { json: true });
    } catch (error) {
      problems.push(...problemsFromError(error, file));
      return undefined;
    }
  };
  const template = parse(input.template.text, input.template.file);
  const parametersFile = input.parameters ? parse(input.parameters.text, input.parameters.file) : undefined;
  if (!template || (input.parameters && !parametersFile)) return { artifacts, notes, problems };
  const at = (document: LoadedDocument, path: DocumentPath, message: string): Problem => ({
    message,
    location: document.locate(path),
  });

  const root = template.value;
  if (!isRecord(root) || !Array.isArray(root.resources)) {
    problems.push(at(template, [], 'not an ARM template: expected an object with a "resources" array'));
    return { artifacts, notes, problems };
  }
  const declared = isRecord(root.parameters) ? root.parameters : {};
  const variables = isRecord(root.variables) ? root.variables : {};
  const supplied = isRecord(parametersFile?.value) ? parametersFile.value.parameters : undefined;
  if (parametersFile && !isRecord(supplied)) {
    problems.push(at(parametersFile, [], 'not an ARM parameters file: expected an object with "parameters"'));
    return { artifacts, notes, problems };
  }
  if (parametersFile && isRecord(supplied)) {
    for (const [name, entry] of Object.entries(supplied)) {
      if (!(name in declared)) {
        problems.push(
          at(parametersFile, ['parameters', name], `parameter '${name}' is not declared by the template`),
        );
      } else if (isRecord(entry) && 'reference' in entry) {
        problems.push(
          at(
            parametersFile,
            ['parameters', name],
            `parameter '${name}' is a Key Vault reference, which only ARM deployments resolve; this action deploys resources directly, so pass the value through the overrides file (from an environment variable) instead`,
          ),
        );
      }
    }
  }

  /** Evaluates every string in a JSON value (object keys are kept as written); errors point at the string. */
  const evaluateAt = (document: LoadedDocument, path: DocumentPath, value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!isExpression(value) && !value.startsWith('[[')) return value;
      try {
        return evaluateTemplateString(value, context);
      } catch (error) {
        if (error instanceof ExpressionError) {
          throw new Located(
            at(document, path, `template expression ${JSON.stringify(value)}: ${error.message}`),
          );
        }
        throw error;
      }
    }
    if (Array.isArray(value)) return value.map((item, i) => evaluateAt(document, [...path, i], item));
    if (isRecord(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, evaluateAt(document, [...path, key], item)]),
      );
    }
    return value;
  };
  const parameterCache = new Map<string, unknown>();
  const variableCache = new Map<string, unknown>();
  const evaluating = new Set<string>();
  const context: EvaluationContext = {
    parameter(name) {
      const key = Object.keys(declared).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) throw new ExpressionError(`the template declares no parameter '${name}'`);
      if (parameterCache.has(key)) return parameterCache.get(key);
      const entry = isRecord(supplied) ? supplied[key] : undefined;
      let value: unknown;
      if (isRecord(entry) && 'value' in entry) {
        value = entry.value;
      } else {
        const declaration = declared[key];
        if (!isRecord(declaration) || !('defaultValue' in declaration)) {
          throw new ExpressionError(
            `parameter '${key}' has no value: give it one in the parameters file${input.parameters ? ` (${input.parameters.file})` : ' (input arm-template-parameters)'}`,
          );
        }
        if (evaluating.has(`p:${key}`)) throw new ExpressionError(`parameter '${key}' refers to itself`);
        evaluating.add(`p:${key}`);
        try {
          value = evaluateAt(template, ['parameters', key, 'defaultValue'], declaration.defaultValue);
        } finally {
          evaluating.delete(`p:${key}`);
        }
      }
      parameterCache.set(key, value);
      return value;
    },
    variable(name) {
      const key = Object.keys(variables).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) throw new ExpressionError(`the template declares no variable '${name}'`);
      if (variableCache.has(key)) return variableCache.get(key);
      if (evaluating.has(`v:${key}`)) throw new ExpressionError(`variable '${key}' refers to itself`);
      evaluating.add(`v:${key}`);
      let value: unknown;
      try {
        value = evaluateAt(template, ['variables', key], variables[key]);
      } finally {
        evaluating.delete(`v:${key}`);
      }
      variableCache.set(key, value);
      return value;
    },
  };

  interface Pending {
    readonly index: number;
    readonly armType: string;
    readonly name: string;
    readonly dependsOn: readonly { readonly value: string; readonly index: number }[];
  }
  const pending: Pending[] = [];
  const names = new Set<string>();

  root.resources.forEach((resource, index) => {
    const base: DocumentPath = ['resources', index];
    try {
      if (!isRecord(resource)) throw new Located(at(template, base, 'a resource must be an object'));
      if (typeof resource.type !== 'string')
        throw new Located(at(template, [...base, 'type'], '"type" is missing'));
      const kind = kindOfArmType(resource.type);
      const rawName = evaluateAt(template, [...base, 'name'], resource.name);
      if (typeof rawName !== 'string') {
        throw new Located(at(template, [...base, 'name'], 'the resource name must evaluate to a string'));
      }
      if (resource.type.toLowerCase() === 'microsoft.resources/deployments') {
        throw new Located(
          at(
            template,
            [...base, 'type'],
            `nested or linked deployments ('${rawName}') are not read: use the ARMTemplateForFactory.json that ADF publishes next to linkedTemplates/, or the git-integration folder`,
          ),
        );
      }
      if (kind === undefined) {
        notes.push(
          `${template.file}: resource '${rawName}' of type ${resource.type} is not a kind this action deploys; ignored.`,
        );
        return;
      }
      const segments = rawName.split('/');
      const expectedSegments = kind === 'factoryResource' ? 1 : kind === 'managedPrivateEndpoint' ? 3 : 2;
      if (segments.length !== expectedSegments || segments.some((s) => s === '')) {
        throw new Located(
          at(
            template,
            [...base, 'name'],
            `the name '${rawName}' does not fit the type ${resource.type} (expected ${expectedSegments} '/'-separated segments, starting with the factory name)`,
          ),
        );
      }
      const properties = isRecord(resource.properties)
        ? (evaluateAt(template, [...base, 'properties'], resource.properties) as Record<string, unknown>)
        : undefined;
      const propertiesAt = (path: DocumentPath) => template.locate([...base, 'properties', ...path]);
      if (kind === 'factoryResource') {
        // Older publish mode: global parameters on the factory resource itself.
        const globals = properties?.globalParameters;
        if (isRecord(globals)) {
          artifacts.push({
            kind: 'globalParameters',
            name: 'default',
            properties: globals,
            source: {
              file: template.file,
              locate: (path) => template.locate([...base, 'properties', 'globalParameters', ...path]),
              nameAt: template.locate([...base, 'properties', 'globalParameters']),
            },
          });
        }
        return;
      }
      if (!properties)
        throw new Located(at(template, [...base, 'properties'], '"properties" must be an object'));
      const name = segments.slice(1).join('/');
      artifacts.push({
        kind,
        name,
        properties,
        source: { file: template.file, locate: propertiesAt, nameAt: template.locate([...base, 'name']) },
      });
      const armType = KINDS[kind].armType!;
      names.add(`${armType}/${name}`.toLowerCase());
      const dependsOn = Array.isArray(resource.dependsOn) ? resource.dependsOn : [];
      pending.push({
        index,
        armType,
        name,
        dependsOn: dependsOn.map((entry, i) => {
          const value = evaluateAt(template, [...base, 'dependsOn', i], entry);
          if (typeof value !== 'string') {
            throw new Located(
              at(template, [...base, 'dependsOn', i], 'a dependsOn entry must evaluate to a string'),
            );
          }
          return { value, index: i };
        }),
      });
    } catch (error) {
      if (error instanceof Located) problems.push(error.problem);
      else throw error;
    }
  });

  for (const resource of pending) {
    for (const dependency of resource.dependsOn) {
      const target = dependencyTarget(dependency.value);
      if (target && !names.has(target.toLowerCase())) {
        problems.push(
          at(
            template,
            ['resources', resource.index, 'dependsOn', dependency.index],
            `dependsOn '${dependency.value}' names a resource that is not in the template`,
          ),
        );
      }
    }
  }
  if (pending.length === 0 && artifacts.length === 0 && problems.length === 0) {
    notes.push(`${template.file}: no Data Factory resources found.`);
  }
  return { artifacts, notes, problems };
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
