/**
 * Dates, months, lists and plurals in either edition, all from Intl: the one place the site turns a
 * date, a list or a count into words, so English and French follow the same rules.
 */
import { frenchNoBreaks } from './french';
import { LOCALE, type Lang } from './lang';

/** The newsroom's time zone when NEWSROOM_TIME_ZONE does not name another. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/**
 * The zone an environment names, in its canonical spelling ("america/toronto" is America/Toronto),
 * or the default when it names none. A name Intl does not know gives the default and a warning to
 * print: `npm run desk` refuses to start with it (scripts/desk.mjs), since the desk would write every
 * `published` with the wrong offset; the check and the build go on, in the default zone, and say so.
 */
export function timeZoneFrom(value: string | undefined): { zone: string; warning?: string } {
  const name = value?.trim();
  if (!name) return { zone: DEFAULT_TIME_ZONE };
  try {
    return { zone: new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone };
  } catch {
    return { zone: DEFAULT_TIME_ZONE, warning: `NEWSROOM_TIME_ZONE: expected a time zone of the tz database, like America/Toronto or Europe/Paris, found "${value}"; dates are in ${DEFAULT_TIME_ZONE}` };
  }
}

/**
 * The zone dates are shown in unless a caller names another. The core reads no environment (it
 * bundles for the desk's browser and must stay pure): lib/site.ts reads NEWSROOM_TIME_ZONE and the
 * pages and the desk pass it on.
 */
export const NEWSROOM_TIME_ZONE = DEFAULT_TIME_ZONE;

/**
 * Dates in English are taken from en-US, then put in Canadian Press style (CP_MONTHS): CLDR's en-CA
 * has changed its short months between versions ("Sept."), and the build must not change words
 * with the Node it runs on. Lists and plurals use the edition's own locale (en-CA writes
 * "A, B and C", en-US "A, B, and C").
 */
const DATE_LOCALE: Record<Lang, string> = { en: 'en-US', fr: LOCALE.fr };

/**
 * The one way the site writes a date for readers: Canadian Press style, "April 5, 2020",
 * "Nov. 16, 2026". The other styles are that same style, longer or shorter.
 */
const DATE_STYLES = {
  /** "April 5, 2020", "Nov. 16, 2026" */
  long: { dateStyle: 'long' },
  /** "Sunday, April 5, 2020", "Monday, Nov. 16, 2026" */
  weekday: { dateStyle: 'full' },
  /** "April 5", "Sept. 30" */
  monthDay: { month: 'long', day: 'numeric' },
  /** "Sun, Apr 5": where room is short, as on a chart axis */
  short: { weekday: 'short', month: 'short', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

// Formatters are costly to build and a page writes hundreds of dates: one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(DATE_LOCALE[lang], options)));
  return f;
}

/**
 * A bare "YYYY-MM-DD" is that calendar day wherever the build runs; a timestamp is shown in the
 * newsroom's time zone, so every reader sees the same day. In French the same styles read
 * "2 avril 2020", "jeudi 2 avril 2020", "2 avril", "jeu. 2 avr.", and the first of a month is
 * "1er avril", which Intl does not write.
 */
export function formatDate(iso: string, style: DateStyle, lang: Lang, timeZone: string = NEWSROOM_TIME_ZONE): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const parts = dateFormat(lang, { ...DATE_STYLES[style], timeZone: day ? 'UTC' : timeZone }).formatToParts(new Date(day ? `${iso}T00:00:00Z` : iso));
  const withDay = parts.some((p) => p.type === 'day');
  return parts
    .map((p) => {
      if (lang === 'fr' && p.type === 'day' && p.value === '1') return '1er';
      if (lang === 'en' && withDay && p.type === 'month') return CP_MONTHS[p.value] ?? p.value;
      return p.value;
    })
    .join('');
}

/**
 * Canadian Press style: a month written with a day is abbreviated ("Nov. 16, 2026", "Sept. 30"),
 * but not the five of five letters or fewer, March to July ("April 5, 2020"); alone or with a year
 * only, it is written out ("November 2026"). The chart axes' short style ("Nov 16") is left as Intl
 * writes it.
 */
const CP_MONTHS: Record<string, string> = { January: 'Jan.', February: 'Feb.', August: 'Aug.', September: 'Sept.', October: 'Oct.', November: 'Nov.', December: 'Dec.' };

/** A date as a page shows it: in French, "5 avril 2020" never breaks between its parts (./french.ts); data and checks use formatDate. */
export const formatDateShown = (iso: string, style: DateStyle, lang: Lang, timeZone?: string): string =>
  lang === 'fr' ? frenchNoBreaks(formatDate(iso, style, lang, timeZone)) : formatDate(iso, style, lang, timeZone);

/** "January" / "janvier", for a date in UTC (a chart's month). */
export const monthName = (d: Date, lang: Lang): string => dateFormat(lang, { month: 'long', timeZone: 'UTC' }).format(d);

/** "Jan" / "janv.", as on a chart's axis. */
export const monthShort = (d: Date, lang: Lang): string => dateFormat(lang, { month: 'short', timeZone: 'UTC' }).format(d);

/** "2020", the year of a date in UTC. */
export const yearOf = (d: Date): string => String(d.getUTCFullYear());

/** "A, B and C"; in French, "A, B et C". One item is itself; none is "". */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(items);
}

/** The forms of a word by plural category; "other" is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = { en: new Intl.PluralRules(LOCALE.en), fr: new Intl.PluralRules(LOCALE.fr) } satisfies Record<Lang, Intl.PluralRules>;

/**
 * The form for a count, by the language's own rule: English "1 story", "0 stories"; French
 * "0 article", "1 article", "2 articles" (French treats 0 and 1 alike).
 */
export function plural(n: number, forms: PluralForms, lang: Lang): string {
  return forms[pluralRules[lang].select(n)] ?? forms.other;
}
