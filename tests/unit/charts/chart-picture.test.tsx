import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { ChartPicture } from '@/components/charts/ChartPicture';
import { getDataset } from '@/lib/data/datasets';
import { VALID_DIR } from './helpers';

const KINDS = ['fixture-line', 'fixture-column', 'fixture-comparison', 'fixture-timeline'];
const picture = (id: string) => renderToStaticMarkup(<ChartPicture lang="en" dataset={getDataset(id, VALID_DIR, 'en')} href={`/stories/s/#${id}`} />);
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
const ids = (html: string) => all(html, / id="([^"]+)"/g);
/** The data file as written, not as our code reads it. */
const file = (id: string) => JSON.parse(fs.readFileSync(`${VALID_DIR}/${id}.json`, 'utf8')) as { title: string; values: { label: string }[] };

describe('a chart as a picture on the home page', () => {
  test.each(KINDS)('%s: one link to the chart, nothing inside it to focus, no tooltip text', (id) => {
    const html = picture(id);
    expect(all(html, /<a [^>]*href="([^"]+)"/g)).toEqual([`/stories/s/#${id}`]);
    expect(html).not.toMatch(/tabindex|data-tip|data-source|data-value|aria-label=/i);
    // Only the four layouts are images, each named by its title and described by its desc.
    expect(all(html, /role="([^"]+)"/g)).toEqual(['img', 'img', 'img', 'img']);
    for (const svg of all(html, /(<svg[^>]*>)/g)) {
      const [title, desc] = [/aria-labelledby="([^"]+)"/.exec(svg)![1], /aria-describedby="([^"]+)"/.exec(svg)![1]];
      expect(html).toContain(`<title id="${title}">${file(id).title.replace(/'/g, '&#x27;')}</title>`);
      expect(html).toMatch(new RegExp(`<desc id="${desc}">[^<]{20,}</desc>`));
    }
  });

  test.each(KINDS)('%s: its ids are unique, none is an id of the story page’s chart, and every reference points at one of them', (id) => {
    const html = picture(id);
    const own = ids(html);
    expect(new Set(own).size).toBe(own.length);
    const story = ids(renderToStaticMarkup(<ChartFigure lang="en" dataset={getDataset(id, VALID_DIR, 'en')} />));
    expect(own.filter((x) => story.includes(x))).toEqual([]);
    const refs = [...all(html, /url\(#([^)]+)\)/g), ...all(html, /aria-(?:labelledby|describedby)="([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(own).toContain(ref);
  });

  test('a timeline is condensed to its first and last events, and says so', () => {
    const { values } = file('fixture-timeline');
    expect(values.length).toBeGreaterThan(2);
    const html = picture('fixture-timeline');
    expect(values).toHaveLength(4);
    expect(html).toContain('Showing the first and last of four events.');
    expect(html).toContain('See the full timeline');
    expect(all(html, /class="(chart-event-dot)"/g)).toHaveLength(8); // two events, in each of four layouts
    const desc = all(html, /<desc [^>]*>([^<]+)<\/desc>/g)[0];
    expect(desc).toMatch(new RegExp(`^Timeline of ${values.length} events, `));
    expect(desc).toContain(values[0].label);
    expect(desc).toContain(values.at(-1)!.label);
    expect(desc).not.toContain(values[1].label);
  });

  test('a bar chart is shown whole, with no note', () => {
    const html = picture('fixture-column');
    expect(html).not.toContain('Showing');
    for (const v of file('fixture-column').values) expect(html).toContain(v.label.split(' ')[0]);
  });
});
