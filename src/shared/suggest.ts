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

const normalise = (name: string) => name.toLowerCase().replace(/[-\s]/g, '_');

/**
 * The known name closest to `key` (case, `-`, `_` and spaces alike on both sides; a prefix of four or more characters
 * counts as close), or undefined when none is close enough to suggest. Answers the known name as it is written.
 */
export function suggest(key: string, known: readonly string[]): string | undefined {
  const normalised = normalise(key);
  let best: { name: string; score: number } | undefined;
  for (const written of known) {
    const name = normalise(written);
    // A key written short or long (`deployment` for `deployment_name`) counts as close.
    const prefix = normalised.length >= 4 && (name.startsWith(normalised) || normalised.startsWith(name));
    const score = name === normalised ? 0 : prefix ? 1 : distance(normalised, name);
    if (score <= Math.max(2, Math.floor(name.length / 4)) && (!best || score < best.score)) {
      best = { name: written, score };
    }
  }
  return best?.name;
}
