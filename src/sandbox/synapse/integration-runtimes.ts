/**
 * Integration runtimes of a Synapse workspace are ARM resources
 * (`Microsoft.Synapse/workspaces/{ws}/integrationRuntimes/{name}`, api-version 2021-06-01): the development
 * endpoint only lists and reads them, and the Synapse deployment task writes them through ARM
 * (Azure/Synapse-workspace-deployment, artifacts_client.ts). PUT answers 200 with the runtime (the spec's
 * long-running create allows it, so a poller finishes at once), DELETE 200, or 204 when there was nothing. The
 * workspace's AutoResolveIntegrationRuntime cannot be written or deleted, and one a linked service connects through
 * cannot be deleted (Data Factory's rule and message, see errors.ts); both answered synchronously, as ARM does.
 */
import type { SandboxContext } from '../context.js';
import { armError, json, notFound, type Router, type SandboxRequest } from '../core/http.js';
import { KINDS, view, withoutReadOnly } from './kinds.js';
import { settle } from './operations.js';
import { missingReference, referrer } from './references.js';
import { artifactsOf, type Json, nextEtag, type StoredWorkspace } from './store.js';
import { resolveArmWorkspace, WORKSPACE_PATH } from './workspaces.js';

const ARM = { auth: 'arm', validate: true } as const;
const RUNTIME_TYPE = 'Microsoft.Synapse/workspaces/integrationRuntimes';

type Handler = (workspace: StoredWorkspace, request: SandboxRequest) => ReturnType<typeof json>;

function inWorkspace(context: SandboxContext, handle: Handler) {
  return (request: SandboxRequest) => {
    const resolved = resolveArmWorkspace(context, request);
    if ('error' in resolved) return resolved.error;
    // The data plane's pending writes land first, so reference checks see them as the service would.
    settle(context, resolved.workspace);
    return handle(resolved.workspace, request);
  };
}

const managed = (workspace: StoredWorkspace, name: string, verb: string) =>
  armError(
    400,
    'BadRequest',
    `The integration runtime ${name} is managed by the workspace ${workspace.name} and cannot be ${verb}.`,
  );

export function registerIntegrationRuntimes(router: Router, context: SandboxContext): void {
  const list = `${WORKSPACE_PATH}/integrationRuntimes`;
  const one = `${list}/:name`;
  const missing = (request: SandboxRequest) =>
    notFound.resource(RUNTIME_TYPE, request.params.name!, request.params.group!);

  router.get(
    list,
    ARM,
    inWorkspace(context, (workspace) =>
      json(200, {
        value: Object.values(artifactsOf(workspace, 'integrationRuntimes'))
          .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
          .map((runtime) => view(workspace, 'integrationRuntimes', runtime)),
      }),
    ),
  );
  router.get(
    one,
    ARM,
    inWorkspace(context, (workspace, request) => {
      const runtime = artifactsOf(workspace, 'integrationRuntimes')[request.params.name!.toLowerCase()];
      return runtime ? json(200, view(workspace, 'integrationRuntimes', runtime)) : missing(request);
    }),
  );
  router.put(
    one,
    ARM,
    inWorkspace(context, (workspace, request) => {
      const name = request.params.name!;
      const rule = KINDS.integrationRuntimes.name;
      if (!rule.valid(name)) return armError(400, 'BadRequest', rule.problem(name));
      const body = request.body as { properties?: unknown } | undefined;
      if (!body || typeof body.properties !== 'object' || body.properties === null) {
        return armError(
          400,
          'BadRequest',
          'The request body must be a JSON object with a properties object.',
        );
      }
      const all = artifactsOf(workspace, 'integrationRuntimes');
      const existing = all[name.toLowerCase()];
      if (existing?.internal.managedByWorkspace) return managed(workspace, existing.name, 'updated');
      const properties = withoutReadOnly('integrationRuntimes', structuredClone(body.properties as Json));
      const reference = missingReference(workspace, 'integrationRuntimes', name, properties);
      if (reference) {
        return armError(
          400,
          'BadRequest',
          `The document creation or update failed because of invalid reference '${reference.name.toLowerCase()}'.`,
        );
      }
      const runtime = {
        name: existing?.name ?? name,
        properties,
        etag: nextEtag(context),
        server: existing?.server ?? {},
        internal: existing?.internal ?? {},
      };
      all[name.toLowerCase()] = runtime;
      return json(200, view(workspace, 'integrationRuntimes', runtime));
    }),
  );
  router.delete(
    one,
    ARM,
    inWorkspace(context, (workspace, request) => {
      const all = artifactsOf(workspace, 'integrationRuntimes');
      const existing = all[request.params.name!.toLowerCase()];
      if (!existing) return { status: 204 };
      if (existing.internal.managedByWorkspace) return managed(workspace, existing.name, 'deleted');
      const holder = referrer(workspace, 'integrationRuntimes', existing.name);
      if (holder) {
        return armError(
          400,
          'BadRequest',
          `The document cannot be deleted since it is referenced by ${holder.name}.`,
        );
      }
      delete all[existing.name.toLowerCase()];
      return { status: 200 };
    }),
  );
}
