/** Sentences the editor reads, from the desk's answers: plain functions, tested on their own. */

/** A time in the desk's time zone, as the editor reads it ("Dec 3, 2026, 11:58 p.m."). */
export function when(at: string, timeZone: string): string {
  return new Date(at).toLocaleString('en-CA', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
}

/** What the editor reads after a Publish: the commit, its branch, and where it went (or that it stayed local). */
export function publishedSentence(data: Record<string, unknown>, timeZone: string): string {
  const where = data.pushed ? `pushed to ${String(data.pushed)}` : 'not pushed (no remote is set up)';
  const done = `commit ${String(data.commit).slice(0, 7)} on ${String(data.branch)}, ${where}`;
  // "Published" only for what readers will get: a draft is committed, and stays off the site.
  if (data.draft) return `Committed as a draft: ${done}. It stays off the site until you untick Draft, save and publish again.`;
  if (typeof data.scheduled === 'string') return `Published for ${when(data.scheduled, timeZone)}: ${done}. It appears on the site with the first build after that time.`;
  return `Published: ${done}.`;
}
