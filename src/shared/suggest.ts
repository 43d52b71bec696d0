/**
 * "Did you mean": the closest known name to one a user wrote, for messages about unknown keys and columns.
 */

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The known name closest to `key` (case, `-` and spaces ignored; a prefix of four or more characters counts as
 * close), or undefined when none is close enough to suggest.
 */
export function suggest(key: string, known: readonly string[]): string | undefined {
  const normalised = key.toLowerCase().replace(/[-\s]/g, '_');
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    // A key written short or long (`deployment` for `deployment_name`) counts as close.
    const prefix = normalised.length >= 4 && (name.startsWith(normalised) || normalised.startsWith(name));
    const score = name === normalised ? 0 : prefix ? 1 : distance(normalised, name);
    if (score <= Math.max(2, Math.floor(name.length / 4)) && (!best || score < best.score)) {
      best = { name, score };
    }
  }
  return best?.name;
}
