/**
 * Where a workspace's development endpoint lives in the sandbox. Azure gives each Synapse workspace its own host,
 * `https://{workspace}.dev.azuresynapse.net`, and clients append the REST paths to it (`{endpoint}/pipelines/{name}`).
 * The sandbox serves one host, so a workspace's endpoint is a path prefix on it: `{baseUrl}/_synapse/{workspace}`.
 * Clients take it from the workspace's ARM resource (`properties.connectivityEndpoints.dev`), as they would in
 * Azure, and tokens for it have Azure's audience, `https://dev.azuresynapse.net`.
 *
 * The spec validator sees each request under the host Azure would have answered it on (`azureDevUrl`), so the
 * data-plane specs, whose paths start at the endpoint, match as they do for real traffic.
 */

/** The path under which every workspace's development endpoint lives; `/_synapse/{workspace}/...`. */
export const DEV_ENDPOINT_PREFIX = '/_synapse';

/** The route pattern of a workspace's endpoint root, for the router (`:workspace` is its name). */
export const DEV_ENDPOINT_PATH = `${DEV_ENDPOINT_PREFIX}/:workspace`;

/** The only api-version of the artifacts data plane the vendored stable spec (and the sandbox) serves. */
export const DEV_API_VERSION = '2020-12-01';

export function devEndpoint(baseUrl: string, workspace: string): string {
  return `${baseUrl}${DEV_ENDPOINT_PREFIX}/${encodeURIComponent(workspace)}`;
}

const PREFIXED = new RegExp(`^${DEV_ENDPOINT_PREFIX}/([^/]+)(/.*)?$`, 'i');

/** The URL Azure would have served this sandbox request on, for a request to a development endpoint. */
export function azureDevUrl(url: URL): string | undefined {
  const match = PREFIXED.exec(url.pathname);
  if (!match) return undefined;
  const workspace = decodeURIComponent(match[1]!).toLowerCase();
  return `https://${workspace}.dev.azuresynapse.net${match[2] ?? '/'}${url.search}`;
}
