/**
 * The models of a release, resolved to registered versions with reads only: the model of `model-file` first, then
 * each deployment's. Local content is recognised by its content digest (tag `mlops.content-sha256`): without a
 * version, the most recent version carrying the digest (found with the versions list's `tags` filter) is that
 * content, and new content becomes the container's next version; with a version, an existing version must carry the
 * same digest and type — the same content is no write, other content is refused (registered versions never change).
 * New content is uploaded to the workspace's default datastore under `LocalUpload/<digest>/` (azure-ai-ml's layout)
 * and registered with `modelUri` pointing at it (the long `azureml://subscriptions/.../datastores/<ds>/paths/...`
 * form) — in the apply phase (model-registration.ts).
 *
 * A deployment that references the model of `model-file` (`azureml:<name>:<version>`, or `azureml:<name>@latest` when
 * the file registers a new version) deploys it, even before it is registered: a dry run plans it. A reference that
 * does not resolve fails with what the workspace has: "did you mean" the nearest model name, with its latest version
 * (one list of the model containers, read only then).
 */
import type { ModelContainer, ModelVersion } from '@azure/arm-machinelearning';
import { CONTENT_DIGEST_TAG } from '#shared/azure/asset-tags.js';
import type { Cloud } from '#shared/azure/clouds.js';
import { uploadedPath } from '#shared/azure/datastore-upload.js';
import type { DatastoreInfo } from '#shared/azure/datastores.js';
import { isNotFound, withContext } from '#shared/errors.js';
import type { FolderContent } from '#shared/folder-digest.js';
import type { Logger } from '#shared/logger.js';
import { suggest } from '#shared/suggest.js';
import { type MlScope, readOptional } from './live-state.js';
import type { LocalModelRequest, ModelRequest } from './model-request.js';
import { type Origin, originError } from './specs/origin.js';
import { assetVersionId, workspaceId } from './workspace-references.js';

export interface PlannedRegistration {
  readonly content: FolderContent;
  readonly datastore: DatastoreInfo;
  readonly modelUri: string;
  readonly body: ModelVersion;
}

export interface ResolvedModel {
  readonly name: string;
  readonly version: string;
  /** What a deployment references: the version's ARM id. */
  readonly assetId: string;
  readonly source: 'workspace' | 'local';
  /** The content digest of local content (the version's tag `mlops.content-sha256`). */
  readonly digest: string | undefined;
  /** The version as Azure has it now; undefined for a version still to register. */
  readonly live: ModelVersion | undefined;
  /** Set when the content must be uploaded and registered first. */
  readonly registration: PlannedRegistration | undefined;
  readonly origin: Origin;
}

export interface ModelResolution {
  readonly scope: MlScope;
  readonly cloud: Cloud;
  readonly logger: Logger;
}

export interface ResolvedModels {
  readonly modelFile: ResolvedModel | undefined;
  /** One per request, in order (the same model for requests that name the same version). */
  readonly models: readonly ResolvedModel[];
}

/** Resolves each model once: requests naming the same version share one read and one registration. */
export async function resolveModels(
  modelFile: LocalModelRequest | undefined,
  requests: readonly ModelRequest[],
  deps: ModelResolution,
  /** The default datastore, read once per plan when something needs it. */
  datastore: () => Promise<DatastoreInfo>,
): Promise<ResolvedModels> {
  const resolver = new ModelResolver(deps, datastore);
  const fromFile = modelFile ? await resolver.local(modelFile) : undefined;
  const models: ResolvedModel[] = [];
  for (const request of requests) {
    models.push(
      request.kind === 'local' ? await resolver.local(request) : await resolver.reference(request, fromFile),
    );
  }
  return { modelFile: fromFile, models };
}

class ModelResolver {
  private readonly byKey = new Map<string, ResolvedModel>();
  private containers: Promise<ModelContainer[]> | undefined;

  constructor(
    private readonly deps: ModelResolution,
    private readonly datastore: () => Promise<DatastoreInfo>,
  ) {}

  private get scope(): MlScope {
    return this.deps.scope;
  }

  private idOf(name: string, version: string): string {
    return assetVersionId(this.scope, 'models', name, version);
  }

  /** A registered version, or a model of this run that will be, by name and version. */
  private planned(name: string, version: string): ResolvedModel | undefined {
    return this.byKey.get(`${name}:${version}`);
  }

  private remember(model: ResolvedModel): ResolvedModel {
    this.byKey.set(`${model.name}:${model.version}`, model);
    return model;
  }

  async reference(
    request: Extract<ModelRequest, { kind: 'reference' }>,
    modelFile: ResolvedModel | undefined,
  ): Promise<ResolvedModel> {
    const { reference, origin } = request;
    switch (reference.kind) {
      case 'workspace':
        return this.registered(reference.name, reference.version, origin);
      case 'arm-id':
        if (!reference.id.toLowerCase().startsWith(`${workspaceId(this.scope).toLowerCase()}/`)) {
          throw originError(
            origin,
            `'${reference.id}' is a model of another workspace; deploy models of workspace '${this.scope.workspace}'.`,
          );
        }
        return this.registered(reference.name, reference.version, origin);
      case 'latest': {
        // The model of model-file is the latest version once it is registered.
        if (modelFile?.name === reference.name && modelFile.registration) return modelFile;
        const container = await this.container(reference.name);
        const latest = container?.properties.latestVersion;
        if (!latest) throw await this.notFound(reference.name, undefined, origin);
        this.deps.logger.info(`azureml:${reference.name}@latest is version ${latest}`);
        return this.registered(reference.name, latest, origin);
      }
    }
  }

  private async registered(name: string, version: string, origin: Origin): Promise<ResolvedModel> {
    const known = this.planned(name, version);
    if (known) return known;
    const live = await this.version(name, version);
    if (!live) throw await this.notFound(name, version, origin);
    return this.remember({
      name,
      version,
      assetId: this.idOf(name, version),
      source: 'workspace',
      digest: undefined,
      live,
      registration: undefined,
      origin,
    });
  }

  async local(request: LocalModelRequest): Promise<ResolvedModel> {
    const { content, name, origin } = request;
    const versionOrigin = request.versionOrigin ?? origin;
    const same = [...this.byKey.values()].find(
      (model) =>
        model.name === name &&
        model.digest === content.digest &&
        (request.version === undefined || model.version === request.version),
    );
    if (same) return same;
    let version = request.version;
    if (version !== undefined) {
      const planned = this.planned(name, version);
      if (planned?.registration) {
        throw originError(
          versionOrigin,
          `model ${name}:${version} is also registered from other content in this run (${planned.registration.content.shown}); give each its own version.`,
        );
      }
      const live = planned?.live ?? (await this.version(name, version));
      if (live) return this.remember(this.existing(request, version, live, versionOrigin));
    } else {
      const match = await this.findByDigest(name, content.digest);
      if (match?.name) {
        this.deps.logger.info(
          `${content.shown} is unchanged: it is model ${name}:${match.name} (content ${content.digest.slice(0, 12)})`,
        );
        return this.remember(this.existing(request, match.name, match, versionOrigin));
      }
      version = await this.nextVersion(name);
    }
    const datastore = await this.datastore();
    const { subscriptionId, resourceGroup, workspace } = this.scope;
    const modelUri = `azureml://subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}/datastores/${datastore.name}/paths/${uploadedPath(content)}`;
    return this.remember({
      name,
      version,
      assetId: this.idOf(name, version),
      source: 'local',
      digest: content.digest,
      live: undefined,
      origin,
      registration: {
        content,
        datastore,
        modelUri,
        body: {
          properties: {
            modelUri,
            modelType: request.modelType,
            ...(request.description !== undefined ? { description: request.description } : {}),
            ...(Object.keys(request.properties).length ? { properties: { ...request.properties } } : {}),
            ...(request.flavors
              ? {
                  flavors: Object.fromEntries(
                    Object.entries(request.flavors).map(([flavor, data]) => [flavor, { data: { ...data } }]),
                  ),
                }
              : {}),
            tags: { ...request.tags, [CONTENT_DIGEST_TAG]: content.digest },
          },
        },
      },
    });
  }

  /** A registered version that must hold the request's content: its digest and type must be the request's. */
  private existing(
    request: LocalModelRequest,
    version: string,
    live: ModelVersion,
    versionOrigin: Origin,
  ): ResolvedModel {
    const { name, content } = request;
    const digest = live.properties.tags?.[CONTENT_DIGEST_TAG] ?? undefined;
    const what = `model ${name}:${version}`;
    if (digest === undefined) {
      throw originError(
        versionOrigin,
        `${what} already exists and has no content digest (tag ${CONTENT_DIGEST_TAG}: it was not registered by this action), so it cannot be shown to hold ${content.shown}; registered versions never change. Give a new version, or deploy the registered one as azureml:${name}:${version}.`,
      );
    }
    if (digest !== content.digest) {
      throw originError(
        versionOrigin,
        `${what} already exists with other content than ${content.shown} (digest ${digest.slice(0, 12)}, not ${content.digest.slice(0, 12)}); registered versions never change. Give a new version, or leave version out to register the next one.`,
      );
    }
    const liveType = live.properties.modelType;
    if (liveType && liveType.toLowerCase() !== request.modelType.toLowerCase()) {
      throw originError(
        versionOrigin,
        `${what} already exists as ${liveType}, not ${request.modelType}; a version's type never changes. Give a new version.`,
      );
    }
    return {
      name,
      version,
      assetId: this.idOf(name, version),
      source: 'local',
      digest: content.digest,
      live,
      registration: undefined,
      origin: request.origin,
    };
  }

  private version(name: string, version: string): Promise<ModelVersion | undefined> {
    const { client, resourceGroup, workspace } = this.scope;
    return readOptional(`model ${name}:${version}`, () =>
      client.modelVersions.get(resourceGroup, workspace, name, version),
    );
  }

  private container(name: string): Promise<ModelContainer | undefined> {
    const { client, resourceGroup, workspace } = this.scope;
    return readOptional(`model '${name}'`, () => client.modelContainers.get(resourceGroup, workspace, name));
  }

  /** Why a reference does not resolve, with what the workspace has instead. */
  private async notFound(name: string, version: string | undefined, origin: Origin): Promise<Error> {
    const where = `workspace '${this.scope.workspace}'`;
    const containers = await this.listContainers();
    const own = containers.find((container) => container.name === name);
    if (own) {
      const latest = own.properties.latestVersion;
      return originError(
        origin,
        version === undefined
          ? `model '${name}' has no registered version in ${where}.`
          : `model ${name}:${version} does not exist in ${where}; ${latest ? `the latest version of '${name}' is ${latest}` : `'${name}' has no version`}.`,
      );
    }
    const names = containers.map((container) => container.name).filter((n): n is string => !!n);
    const nearest = suggest(name, names);
    const latest = containers.find((container) => container.name === nearest)?.properties.latestVersion;
    const asked = version === undefined ? `model '${name}'` : `model ${name}:${version}`;
    return originError(
      origin,
      nearest
        ? `${asked} does not exist in ${where}; did you mean ${nearest}${latest ? ` (latest version ${latest}: azureml:${nearest}:${latest})` : ''}?`
        : `${asked} does not exist in ${where}, nor any model with a similar name; register it first (az ml model create, or the input model-file) or fix the reference.`,
    );
  }

  private listContainers(): Promise<ModelContainer[]> {
    this.containers ??= (async () => {
      const { client, resourceGroup, workspace } = this.scope;
      const found: ModelContainer[] = [];
      try {
        for await (const container of client.modelContainers.list(resourceGroup, workspace)) {
          found.push(container);
        }
      } catch (error) {
        throw withContext(`Could not list the models of workspace '${workspace}'`, error);
      }
      return found;
    })();
    return this.containers;
  }

  /** The most recently created version carrying this content digest, if any. */
  private async findByDigest(name: string, digest: string): Promise<ModelVersion | undefined> {
    const { client, resourceGroup, workspace } = this.scope;
    try {
      for await (const version of client.modelVersions.list(resourceGroup, workspace, name, {
        tags: `${CONTENT_DIGEST_TAG}=${digest}`,
        orderBy: 'createdtime desc',
        top: 1,
      })) {
        if (version.properties.tags?.[CONTENT_DIGEST_TAG] === digest) return version;
      }
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw withContext(`Could not list the versions of model '${name}'`, error);
    }
    return undefined;
  }

  /**
   * The container's `nextVersion` (else one more than the highest numeric version; "1" for a new model), past the
   * versions this run already plans for the same name.
   */
  private async nextVersion(name: string): Promise<string> {
    const container = await this.container(name);
    let next = container?.properties.nextVersion ?? undefined;
    if (!next) {
      let highest = 0;
      if (container) {
        const { client, resourceGroup, workspace } = this.scope;
        for await (const version of client.modelVersions.list(resourceGroup, workspace, name, {
          listViewType: 'All',
        })) {
          if (/^\d+$/.test(version.name ?? '')) highest = Math.max(highest, Number(version.name));
        }
      }
      next = String(highest + 1);
    }
    while (/^\d+$/.test(next) && this.planned(name, next)) next = String(Number(next) + 1);
    return next;
  }
}
