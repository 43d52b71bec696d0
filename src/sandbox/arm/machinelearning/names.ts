/**
 * Endpoint and deployment names. The REST spec only says `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`; the service is
 * stricter. The rule and wording below are azure-ai-ml's `validate_endpoint_or_deployment_name` (3 to 32
 * characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$`), which mirrors what the service accepts. Endpoint names
 * also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`), hence no underscores.
 */
const NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;

/** The reason a name is refused, or undefined when it is valid. */
export function nameProblem(name: string, kind: 'endpoint' | 'deployment'): string | undefined {
  const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
  if (name.length < 3 || name.length > 32) {
    return `The name for ${what} must be at least 3 and at most 32 characters long (inclusive of both limits).`;
  }
  if (!NAME.test(name)) {
    return `The name for ${what} must start with an upper- or lowercase letter and only consist of '-'s and alphanumeric characters.`;
  }
  return undefined;
}
