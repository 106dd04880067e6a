/**
 * Wall-clock times in a named time zone and the ISO 8601 date-times with offset that stories store
 * (`2026-11-20T09:00:00-05:00`), computed with Intl's own zone data: no library, and the browser
 * and the server agree because both ask the same question of the same tz database.
 */

/** A day and a time on the newsroom's clock: "2026-11-20" and "09:00" or "09:00:30". */
export type WallTime = { date: string; time: string };

const MINUTE = 60_000;
const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function wallFormat(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    // en-US with h23 gives plain ASCII digits and never "24" for midnight.
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', era: 'short' });
    formats.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at an instant, as milliseconds of a UTC clock showing the same digits. */
function wallMs(instant: number, zone: string): number {
  const p = Object.fromEntries(wallFormat(zone).formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  const d = new Date(0);
  d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
  return d.getTime();
}

/** The zone's offset from UTC at an instant, in minutes (Toronto in July: -240). Seconds of an old local mean time are kept as a fraction. */
export function offsetMinutes(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return (wallMs(whole, zone) - whole) / MINUTE;
}

/** "-04:00", "+05:30", "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * How a stored date-time reads on the newsroom's clock. `sameOffset` is false when the text was
 * written with another offset than the zone has at that instant (`Z`, or another city's time):
 * the picker then shows the converted time, and says so.
 */
export function wallTimeOf(iso: string, zone: string): (WallTime & { offset: string; sameOffset: boolean }) | undefined {
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  const instant = Date.parse(iso.trim());
  if (Number.isNaN(instant)) return undefined;
  // Date.parse rolls February 30 over to March 2: refuse a day the calendar does not have.
  const written = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  if (written.getUTCMonth() !== Number(m[2]) - 1 || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return undefined;
  const offset = offsetMinutes(instant, zone);
  if (!Number.isInteger(offset)) return undefined;
  const wall = new Date(instant + offset * MINUTE).toISOString();
  const seconds = wall.slice(17, 19);
  const own = m[8].toUpperCase() === 'Z' ? '+00:00' : m[8];
  return { date: wall.slice(0, 10), time: seconds === '00' ? wall.slice(11, 16) : wall.slice(11, 19), offset: formatOffset(offset), sameOffset: own === formatOffset(offset) };
}

export type Zoned = { ok: true; iso: string; note?: string } | { ok: false; reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/**
 * The ISO date-time with offset for a wall time in `zone`: `2026-07-01` `09:00` in America/Toronto
 * is `2026-07-01T09:00:00-04:00`, in January `-05:00`. A time the clocks skip (2:30 on the morning
 * they go forward) is refused with the reason, never given a wrong offset. A time that happens
 * twice (1:30 on the morning they go back) takes `prefer` when that is one of its two offsets
 * (so re-saving a value does not move it), else the first, and says so.
 */
export function isoInZone(wall: WallTime, zone: string, prefer?: string): Zoned {
  const d = DATE.exec(wall.date);
  const t = TIME.exec(wall.time);
  if (!d) return { ok: false, reason: `expected a date like 2026-11-20, found "${wall.date}"` };
  if (!t) return { ok: false, reason: `expected a time like 09:00, found "${wall.time}"` };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (year < 1000) return { ok: false, reason: `expected a year of four digits, found ${d[1]}` };
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, second, 0);
  const asUtc = at.getTime();
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return { ok: false, reason: `${wall.date} is not a day of the calendar` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `${wall.time} is not a time of day` };

  // The offsets in force around that day; a zone changes offset at most once or twice in two days.
  const candidates = [...new Set([asUtc - DAY, asUtc, asUtc + DAY].map((i) => offsetMinutes(i, zone)))];
  const fits = candidates.filter((o) => Number.isInteger(o) && wallMs(asUtc - o * MINUTE, zone) === asUtc).sort((a, b) => b - a);
  const text = `${wall.date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}`;
  if (!fits.length) {
    if (candidates.some((o) => !Number.isInteger(o))) return { ok: false, reason: `${zone} then kept local mean time, an offset in seconds that ISO 8601 cannot write` };
    // Clocks skip time only going forward: from the smaller offset to the larger.
    const [from, to] = [Math.min(...candidates), Math.max(...candidates)];
    return { ok: false, reason: `${clock(asUtc)} does not exist on ${wall.date} in ${zone}: the clocks go forward that night, from UTC${formatOffset(from)} to UTC${formatOffset(to)}, and skip it. Choose a time before or after the change.` };
  }
  const chosen = fits.find((o) => formatOffset(o) === prefer) ?? fits[0];
  const iso = `${text}${formatOffset(chosen)}`;
  if (fits.length === 1) return { ok: true, iso };
  return { ok: true, iso, note: `${clock(asUtc)} happens twice on ${wall.date} in ${zone} (the clocks go back): this is the ${chosen === fits[0] ? 'first' : 'second'}, ${formatOffset(chosen)}.` };
}
