/**
 * Site-wide settings: every page, feed and absolute URL reads from here. The site's name and
 * description differ by edition, so they live with its other words, in lib/i18n/site.ts.
 */
import { timeZoneFrom } from './i18n/intl';

const zone = timeZoneFrom(process.env.NEWSROOM_TIME_ZONE);
// An unknown name: the check and the build go on in the default zone and say so; npm run desk refuses to start (scripts/desk.mjs).
if (zone.warning) console.warn(zone.warning);

/**
 * The address readers write to about a mistake (CORRECTIONS_EMAIL), when it is a plain address:
 * it goes into mailto: links, so anything with spaces, quotes, angle brackets or a second "@" is
 * refused rather than written into the page.
 */
export function correctionsEmailFrom(value: string | undefined): { email?: string; warning?: string } {
  const email = value?.trim();
  if (!email) return {};
  if (/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(email) && email.length <= 254) return { email };
  return { warning: `CORRECTIONS_EMAIL: expected an email address such as corrections@example.org, found ${JSON.stringify(value)}; pages give readers no address to write to` };
}

const corrections = correctionsEmailFrom(process.env.CORRECTIONS_EMAIL);
if (corrections.warning) console.warn(corrections.warning);

/** How many stories a list's first page shows (the home page, a topic's page) unless LIST_LENGTH says otherwise. */
export const LIST_LENGTH = 20;

/**
 * LIST_LENGTH, when it is a whole number from 1 to 1,000: an archive's home page listed every story
 * it had (690 kB of HTML at 1,003 stories), so a list's first page shows this many, and its later
 * pages five times as many (lib/editions.ts). The tests' small site sets 2, to have pages to turn.
 */
export function listLengthFrom(value: string | undefined): { length: number; problem?: string } {
  const set = value?.trim();
  if (!set) return { length: LIST_LENGTH };
  if (/^[1-9]\d{0,3}$/.test(set) && Number(set) <= 1000) return { length: Number(set) };
  return { length: LIST_LENGTH, problem: `LIST_LENGTH: expected a whole number of stories from 1 to 1000, found ${JSON.stringify(value)}` };
}

const list = listLengthFrom(process.env.LIST_LENGTH);
// The check (every build's first step) refuses it; anything else that reads it says so and goes on.
if (list.problem) console.warn(`${list.problem}; lists show ${LIST_LENGTH} stories on a first page`);

export const site = {
  /** Base URL for absolute links; set SITE_URL at build time for the real host. */
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  /**
   * False when SITE_URL was not set: the site then only knows the address `npm start` serves it at,
   * so it names no canonical address (lib/metadata.ts), cards print no host, and the build warns.
   */
  hasPublicUrl: Boolean(process.env.SITE_URL),
  /** Dates are shown in the newsroom's time zone so every reader sees the same day. */
  timeZone: zone.zone,
  publisher: { logo: '/logo.png' },
  /** Where readers report a mistake: each story's footer and the About page link to it (none when unset). */
  correctionsEmail: corrections.email,
  /** Stories a list's first page shows (the home page, a topic's page); its later pages show five times as many. */
  listLength: list.length,
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString();
}
