/**
 * A repository's Actions settings, as Settings -> Secrets and variables and Settings -> Environments hold them:
 * repository variables and secrets, and per GitHub environment its variables, secrets and protection rules.
 * A job sees the repository's values overlaid by its environment's (`vars`, `secrets`).
 */
export interface ProtectionRules {
  /** Required reviewers: a job naming the environment waits for one of them to approve. */
  readonly reviewers?: readonly string[];
  /** Deployment branches: only jobs on these branches (globs) may use the environment. */
  readonly branches?: readonly string[];
}

export interface EnvironmentSettings {
  readonly vars?: Readonly<Record<string, string>>;
  readonly secrets?: Readonly<Record<string, string>>;
  readonly protection?: ProtectionRules;
}

export interface RepositorySettings {
  readonly vars?: Readonly<Record<string, string>>;
  readonly secrets?: Readonly<Record<string, string>>;
  readonly environments?: Readonly<Record<string, EnvironmentSettings>>;
}

/** Every secret value of the settings, for masking. */
export function secretValues(settings: RepositorySettings): string[] {
  return [
    ...Object.values(settings.secrets ?? {}),
    ...Object.values(settings.environments ?? {}).flatMap((environment) =>
      Object.values(environment.secrets ?? {}),
    ),
  ];
}
