/**
 * Secret handling. Every secret is registered with the runner's masker before it is used, and anything we write to
 * outputs or the job summary goes through `redact`, so a secret that reached a message by accident is still removed.
 */

export interface SecretMasker {
  /** Registers a secret (and the encodings it may appear in) with the runner and with `redact`. */
  mask(secret: string | undefined): void;
  /** Replaces every registered secret in `text` by `***`. */
  redact(text: string): string;
}

export function createSecretMasker(setSecret: (secret: string) => void): SecretMasker {
  const secrets = new Set<string>();
  const add = (value: string) => {
    if (secrets.has(value)) return;
    secrets.add(value);
    setSecret(value);
  };
  return {
    mask(secret) {
      // One- and two-character "secrets" would mask half the log and protect nothing.
      if (!secret || secret.length < 3) return;
      add(secret);
      add(encodeURIComponent(secret));
      add(JSON.stringify(secret).slice(1, -1));
      add(Buffer.from(secret, 'utf8').toString('base64'));
      for (const part of connectionStringSecrets(secret)) add(part);
    },
    redact(text) {
      let out = text;
      // Longest first, so a secret containing another is replaced whole.
      for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
      return out;
    },
  };
}

const SECRET_KEYS =
  /^(password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|instrumentationkey|clientsecret|client_secret|sig)$/i;

/** The secret values inside `Key=Value;` connection strings and SAS query strings. */
export function connectionStringSecrets(text: string): string[] {
  const found: string[] = [];
  for (const part of text.split(/[;&?]/)) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (SECRET_KEYS.test(key) && value) found.push(value);
  }
  return found;
}
