/**
 * The name in `names` that `typed` is most likely a slip for: the nearest by edit distance (a letter
 * added, dropped or changed, or two neighbours swapped), and near enough, at most a quarter of the
 * name's length and at least one. "us-n95-productoin" finds "us-n95-production", "defence-production-act"
 * finds "defense-production-act"; "masks" finds nothing among chart ids. Undefined when none is near,
 * and for `typed` itself.
 */
export function nearestName(typed: string, names: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    if (name === typed) continue;
    const most = Math.max(1, Math.floor(name.length / 4));
    // Lengths further apart than that cannot be near: no table for them (an id pasted a page long).
    if (Math.abs(name.length - typed.length) > most) continue;
    const distance = editDistance(typed, name);
    if (distance <= most && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}
