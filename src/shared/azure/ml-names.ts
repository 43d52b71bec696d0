/**
 * Azure ML batch endpoint and deployment names: 3 to 32 characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$` —
 * azure-ai-ml's `validate_endpoint_or_deployment_name`, which mirrors the service (the REST spec's path pattern is
 * looser). Endpoint names also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`) and must be unique
 * in the region.
 */

const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;

/** Why a name is refused (the service's wording), or undefined when it is valid. */
export function nameProblem(name: string, kind: 'endpoint' | 'deployment'): string | undefined {
  const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
  if (name.length < 3 || name.length > 32) {
    return `the name for ${what} must be at least 3 and at most 32 characters long (got ${name.length})`;
  }
  if (!ENDPOINT_NAME.test(name)) {
    return `the name for ${what} must start with a letter, end with a letter or digit, and contain only letters, digits and '-'`;
  }
  return undefined;
}
