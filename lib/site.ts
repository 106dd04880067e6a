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
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString();
}
