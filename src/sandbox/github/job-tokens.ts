/**
 * The credentials GitHub gives a job: its `GITHUB_TOKEN` (an installation token scoped to the workflow's
 * repository, with the job's `permissions`, valid until the job ends) and, only with `id-token: write`, the
 * request token of the runner's OIDC endpoint (`ACTIONS_ID_TOKEN_REQUEST_TOKEN`), whose ID tokens carry the job's
 * subject (`repo:<owner>/<repo>:environment:<name>` in an environment, else `...:ref:<ref>` or `...:pull_request`).
 */
import { randomBytes } from 'node:crypto';

export type PermissionLevel = 'none' | 'read' | 'write';

/** The GITHUB_TOKEN's permissions by scope (`contents`, `id-token`, `actions`, ...); absent scopes are `none`. */
export type Permissions = Readonly<Record<string, PermissionLevel>>;

export interface JobGrant {
  /** owner/name: the only repository the token may act on. */
  readonly repository: string;
  readonly permissions: Permissions;
  /** The OIDC subject of the job's ID tokens. */
  readonly subject: string;
}

export interface JobCredentials {
  /** `github.token` / GITHUB_TOKEN. */
  readonly token: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN, only with `id-token: write`. */
  readonly idTokenRequestToken: string | undefined;
}

export class JobTokens {
  private readonly tokens = new Map<string, JobGrant>();
  private readonly idTokenRequests = new Map<string, JobGrant>();

  issue(grant: JobGrant): JobCredentials {
    // `ghs_` is the prefix of installation tokens, which GITHUB_TOKEN is.
    const token = `ghs_${randomBytes(27).toString('base64url')}`;
    this.tokens.set(token, grant);
    let idTokenRequestToken: string | undefined;
    if (grant.permissions['id-token'] === 'write') {
      idTokenRequestToken = randomBytes(24).toString('base64url');
      this.idTokenRequests.set(idTokenRequestToken, grant);
    }
    return { token, idTokenRequestToken };
  }

  /** The job ended: its token stops working, as GitHub's does. */
  revoke(credentials: JobCredentials): void {
    this.tokens.delete(credentials.token);
    if (credentials.idTokenRequestToken) this.idTokenRequests.delete(credentials.idTokenRequestToken);
  }

  grantOf(token: string): JobGrant | undefined {
    return this.tokens.get(token);
  }

  subjectOf(idTokenRequestToken: string): string | undefined {
    return this.idTokenRequests.get(idTokenRequestToken)?.subject;
  }
}
