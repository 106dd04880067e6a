/** Sentences the editor reads, from the desk's answers: plain functions, tested on their own. */

import { formatDate } from '@/lib/i18n/intl';
import { wallTimeOf } from '@/lib/i18n/zoned-time';

/**
 * A time in the desk's time zone, as the editor reads it: the day as the site writes dates for
 * readers (lib/i18n/intl.ts, "Nov. 16, 2026"), then the newsroom's clock and zone, "9 a.m. ET",
 * "11:58 p.m. ET", "noon PT". A time that does not read (never from the desk itself) is shown as written.
 */
export function when(at: string, timeZone: string): string {
  const parts = whenParts(at, timeZone);
  return parts ? `${parts.day}, ${parts.clock}` : at;
}

/** The day and the clock of `when`, for a sentence that puts the time first ("since 9 a.m. on Nov. 16, 2026"). */
export function whenParts(at: string, timeZone: string): { day: string; clock: string } | undefined {
  const wall = wallTimeOf(at, timeZone);
  if (!wall) return undefined;
  const [hour, minute] = wall.time.split(':').map(Number);
  const clock = minute === 0 && hour === 12 ? 'noon' : minute === 0 && hour === 0 ? 'midnight' : `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  const zone = zoneName(at, timeZone);
  return { day: formatDate(wall.date, 'long', 'en'), clock: zone ? `${clock} ${zone}` : clock };
}

/** The zone's name in English at an instant, in one of Intl's generic styles ("ET", "Eastern Time"). */
const nameOfZone = (timeZone: string, style: 'shortGeneric' | 'longGeneric', at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;

/** "Eastern Time", "Pacific Time": the zone by name, for a label ("Published (Eastern Time)"); its IANA name where it has none. */
export function zoneLabel(timeZone: string): string {
  try {
    return nameOfZone(timeZone, 'longGeneric', new Date()) ?? timeZone;
  } catch {
    return timeZone;
  }
}

/**
 * "ET", "PT", "AT": the zone as Canadian newsrooms write it after a time, so an editor working
 * elsewhere does not read the newsroom's clock as their own (a zone with no such name: "France Time").
 */
function zoneName(at: string, timeZone: string): string {
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? '' : (nameOfZone(timeZone, 'shortGeneric', instant) ?? '');
}

/** What the editor reads after a Publish: the commit, its branch, and where it went (or that it stayed local). */
export function publishedSentence(data: Record<string, unknown>, timeZone: string): string {
  const where = data.pushed ? `pushed to ${String(data.pushed)}` : 'not pushed (no remote is set up)';
  const done = `commit ${String(data.commit).slice(0, 7)} on ${String(data.branch)}, ${where}`;
  // "Published" only for what readers will get: a draft is committed, and stays off the site.
  if (data.draft) return `Committed as a draft: ${done}. It stays off the site until you untick Draft, save and publish again.`;
  if (typeof data.scheduled === 'string') return `Published for ${when(data.scheduled, timeZone)}: ${done}. It appears on the site with the first build after that time.${heldBack(data.elsewhere)}`;
  return `Published: ${done}.${heldBack(data.elsewhere)}`;
}

/** The files with errors that stop the site's build, which checks every file: said after "Published". */
function heldBack(files: unknown): string {
  if (!Array.isArray(files) || !files.length) return '';
  const named = files.length === 1 ? `${String(files[0])} has an error` : `${files.length} other files have errors (${files.join(', ')})`;
  return ` It is not on the site yet: the site is rebuilt only when every file passes the check, and ${named}. See “In other files” under Problems.`;
}
