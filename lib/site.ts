/** Site-wide settings: every page, feed and absolute URL reads from here. */
export const site = {
  name: 'The N95 Files',
  description:
    'Explainers on the April 2020 dispute over 3M’s N95 masks between the United States, Canada and Latin America.',
  /** Base URL for absolute links; set SITE_URL at build time for the real host. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en-CA',
  language: 'en',
  /** Dates are shown in the newsroom's time zone so every reader sees the same day. */
  timeZone: 'America/Toronto',
  publisher: { name: 'The N95 Files', logo: '/logo.png' },
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString();
}
