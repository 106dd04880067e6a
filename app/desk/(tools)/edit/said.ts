/** Sentences the editor reads, from the desk's answers: plain functions, tested on their own. */

// Canadian Press style, as the site writes dates (lib/i18n/intl.ts): March to July in full, the
// others shortened with a period ("Sept."), whatever the browser's own locale data says.
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A time in the desk's time zone, as the editor reads it: "Dec. 3, 2026, 11:58 p.m.", "Nov. 16, 2026, 9 a.m.", "noon". */
export function when(at: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const [hour, minute] = [part('hour') % 24, part('minute')];
  const clock = minute === 0 && hour === 12 ? 'noon' : minute === 0 && hour === 0 ? 'midnight' : `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  return `${MONTHS[part('month') - 1]} ${part('day')}, ${part('year')}, ${clock}`;
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
