/**
 * Rendering: SVG snapshots of each chart kind from fixture data (not content/data, so editing
 * the real figures does not break them), plus structural checks of the figure markup.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { ChartSvg } from '@/components/charts/ChartSvg';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { feedComponents, mdxComponents } from '@/mdx-components';
import { NARROW, WIDE } from '@/lib/charts/variants';
import { VALID_DIR } from './helpers';

const fixture = (id: string) => getDataset(id, VALID_DIR, 'en');
const KINDS = ['fixture-line', 'fixture-column', 'fixture-comparison', 'fixture-timeline'];

/** Pretty-prints markup one tag per line so snapshot diffs are readable. */
const pretty = (html: string) => html.replace(/></g, '>\n<');

describe('SVG snapshots', () => {
  it.each(KINDS)('%s (narrow and wide)', (id) => {
    const ds = fixture(id);
    expect(pretty(renderToStaticMarkup(<ChartSvg lang="en" dataset={ds} variant={NARROW} />))).toMatchSnapshot('narrow');
    expect(pretty(renderToStaticMarkup(<ChartSvg lang="en" dataset={ds} variant={WIDE} />))).toMatchSnapshot('wide');
  });
});

describe('figure snapshot', () => {
  it('renders the complete line figure', () => {
    expect(pretty(renderToStaticMarkup(<ChartFigure lang="en" dataset={fixture('fixture-line')} siteUrl="https://example.org/" />))).toMatchSnapshot();
  });
});

describe('SVG accessibility', () => {
  it.each(KINDS)('%s: role=img with <title> and <desc>, fixed viewBox, full width', (id) => {
    const html = renderToStaticMarkup(<ChartSvg lang="en" dataset={fixture(id)} variant={NARROW} />);
    expect(html).toMatch(/^<svg [^>]*role="img"/);
    expect(html).toContain(`aria-labelledby="${id}-narrow-title"`);
    expect(html).toContain(`aria-describedby="${id}-narrow-desc"`);
    expect(html).toContain(`<title id="${id}-narrow-title">`);
    expect(html).toContain(`<desc id="${id}-narrow-desc">`);
    expect(html).toMatch(/viewBox="0 0 640 \d+"/);
    expect(html).toContain('width="100%"');
    expect(html).toContain('height:auto');
    expect(html).not.toMatch(/style="[^"]*(fill|stroke):#/); // colours come from CSS variables
  });

  it('makes every mark focusable with its exact value and source', () => {
    const html = renderToStaticMarkup(<ChartSvg lang="en" dataset={fixture('fixture-column')} variant={NARROW} />);
    const marks = [...html.matchAll(/<g tabindex="0" role="img" aria-label="([^"]+)" data-value="([^"]*)"/g)];
    expect(marks.map((m) => m[2])).toEqual(['120000000', '4000000', '30000000', '']);
    expect(marks[0][1]).toBe(
      'Gadgets secured (secured): more than 120 million gadgets. Source: Fixture minister, in Fixture news report (June 15, 2021).',
    );
    expect(marks[3][1]).toContain('Thingamajigs: not reported');
  });

  it('timeline events carry their date as data-value', () => {
    const html = renderToStaticMarkup(<ChartSvg lang="en" dataset={fixture('fixture-timeline')} variant={WIDE} />);
    const values = [...html.matchAll(/data-value="([^"]*)"/g)].map((m) => m[1]);
    expect(values).toEqual(['2021-06-10', '2021-06-11', '2021-06-14', '2021-06-14']);
  });

  it('draws no point for an unknown value and labels the gap', () => {
    const html = renderToStaticMarkup(<ChartSvg lang="en" dataset={fixture('fixture-line')} variant={NARROW} />);
    expect(html.match(/class="chart-point"/g)).toHaveLength(3);
    expect(html).not.toContain('February 2021: ');
    // The gap's label is wrapped inside its band, a line per <text>.
    const gap = html.slice(html.indexOf('data-gap="2021-02"'), html.indexOf('</g>', html.indexOf('data-gap="2021-02"')));
    expect([...gap.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]).join(' ')).toBe('Feb: not reported');
  });

  it('marks lower bounds with an arrow and says a block is not split in words, with no bracket', () => {
    const col = renderToStaticMarkup(<ChartSvg lang="en" dataset={fixture('fixture-column')} variant={NARROW} />);
    expect(col.match(/class="chart-bound"/g)).toHaveLength(1);
    expect(col).toContain('120M+');
    const cmp = renderToStaticMarkup(<ChartSvg lang="en" dataset={fixture('fixture-comparison')} variant={WIDE} />);
    // Hatching means "not reported": a reported figure whose split is unknown is solid, its split said under it.
    expect(cmp).not.toContain('url(#fixture-comparison-wide-split)');
    expect(cmp).toMatch(/<rect x="0" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#1d4ed8" class="chart-bar" data-qualifier="about">/);
    expect(cmp).not.toContain('chart-bracket');
    expect(cmp).not.toMatch(/<path d="M0\.75,/);
    expect(cmp).toContain('North and South: split not reported');
  });
});

describe('ChartFigure', () => {
  const html = renderToStaticMarkup(<ChartFigure lang="en" dataset={fixture('fixture-line')} />);

  it('is a figure with the title in its figcaption, both layouts and the source', () => {
    expect(html).toMatch(/^<figure id="fixture-line" class="chart not-prose" data-chart="line">/);
    // The title as a headline: each word that leans on the next joined to it ("from 10 million", "in April").
    expect(html).toContain('<figcaption class="chart-head"><span class="chart-title">Output rose from\u00a010\u00a0million in\u00a0January to\u00a016\u00a0million in\u00a0April</span>');
    expect(html.match(/<figcaption/g)).toHaveLength(1);
    expect(html).toContain('chart-svg--narrow');
    expect(html).toContain('chart-svg--wide');
    expect(html).toContain('<p class="chart-source">Source: Fixture Co, as reported 15 June 2021</p>');
    expect(html).not.toMatch(/<h[1-6]/);
  });

  it('says only its source under the chart, and keeps the notes on its figures with the data', () => {
    const foot = html.slice(html.indexOf('<div class="chart-foot">'), html.indexOf('</div>', html.indexOf('<div class="chart-foot">')));
    expect(foot).toContain('<p class="chart-source">Source: Fixture Co, as reported 15 June 2021</p>');
    expect(foot).not.toContain('chart-notes');
    const data = html.slice(html.indexOf('<details class="chart-data"'));
    expect(data).toContain('<p class="chart-notes-heading">How these figures were read</p>');
    for (const note of fixture('fixture-line').notes) expect(data).toContain(`<li>${note}</li>`);
  });

  it('shows a phone that its table scrolls sideways, and lets the keyboard scroll it', () => {
    expect(html).toContain('<p class="chart-table-hint" aria-hidden="true">Scroll sideways to see every column →</p>');
    expect(html).toMatch(/<div class="chart-table-scroll" role="region" aria-labelledby="fixture-line-table-caption" tabindex="0">/);
  });

  it('has a real data table with Not reported and a source per value', () => {
    expect(html).toContain('<details class="chart-data" data-pagefind-ignore="all"><summary>Show the data</summary>');
    // The caption is outside the scrolling region (a phone scrolled it away with the table) and names the table.
    const data = html.slice(html.indexOf('<details class="chart-data"'));
    const caption = data.indexOf('<p class="chart-table-caption" id="fixture-line-table-caption">');
    expect(caption).toBeGreaterThan(-1);
    expect(caption).toBeLessThan(data.indexOf('<div class="chart-table-scroll"'));
    expect(data).not.toContain('<caption');
    expect(data).toContain('<table class="chart-table" aria-labelledby="fixture-line-table-caption">');
    expect(html.match(/<th scope="col">/g)).toHaveLength(3);
    expect(html.match(/<th scope="row">/g)).toHaveLength(4);
    expect(html).toContain('<td class="chart-table-value">Not reported<span class="chart-table-note block">Not given.</span></td>');
    expect(html.match(/<td class="chart-table-source">/g)).toHaveLength(4);
    expect(html).toContain('<q>12 million in March</q>');
  });

  it('links the CSV and offers the embed code; image buttons show only with JavaScript', () => {
    expect(html).toContain('<a href="/data/fixture-line.csv" download="fixture-line.csv">Download the data (CSV)</a>');
    expect(html).toContain('<span class="chart-image-downloads js-only" data-chart-downloads="true" data-chart-id="fixture-line"');
    expect(html).toContain('<button type="button" data-download="svg">Download SVG</button>');
    expect(html).toContain('<summary>Share or embed this chart</summary>');
    expect(html).toContain('&lt;iframe id=&quot;n95-files-fixture-line&quot; src=&quot;/embed/fixture-line/&quot;');
    expect(html).toContain('d.type===&quot;n95-files:embed-height&quot;');
  });

  it('uses siteUrl for the embed URL, not for the CSV link on the page', () => {
    const withSite = renderToStaticMarkup(<ChartFigure lang="en" dataset={fixture('fixture-line')} siteUrl="https://example.org/news/" />);
    expect(withSite).toContain('<a href="/data/fixture-line.csv" download="fixture-line.csv">');
    expect(withSite).toContain('src=&quot;https://example.org/news/embed/fixture-line/&quot;');
  });

  it('can drop the tools and the tooltip (e.g. for the embed page)', () => {
    const bare = renderToStaticMarkup(
      <ChartFigure lang="en" dataset={fixture('fixture-line')} downloads={false} embed={false} interactive={false} />,
    );
    expect(bare).not.toContain('chart-tools');
    expect(bare).not.toContain('chart-embed');
    expect(bare).not.toContain('chart-tooltip');
  });

  it('can write the title as the page heading (the embed page has no other)', () => {
    const embed = renderToStaticMarkup(<ChartFigure lang="en" dataset={fixture('fixture-line')} embed={false} titleIsHeading />);
    expect(embed).toContain('<figcaption class="chart-head"><h1 class="chart-title">Output rose from\u00a010\u00a0million in\u00a0January to\u00a016\u00a0million in\u00a0April</h1>');
    expect(embed.match(/<h1/g)).toHaveLength(1);
  });

  it('includes a polite live region for the tooltip', () => {
    expect(html).toContain('<div id="fixture-line-tooltip" class="chart-tooltip" role="status" aria-live="polite" data-source-label="Source: "></div>');
  });
});

describe('<Chart id> in a story draws the data the story loaded', () => {
  const { Chart } = mdxComponents({ slug: 'a-story', lang: 'en', charts: ['fixture-line', 'fixture-column'], datasets: [fixture('fixture-line'), fixture('fixture-column')] });

  it('renders the chart it names, and only that one', () => {
    const out = renderToStaticMarkup(<Chart id="fixture-column" />);
    expect(out).toContain('<figure id="fixture-column"');
    expect(out).not.toContain('fixture-line');
  });

  it('never reads the disk: a chart the story did not load is an error naming the story', () => {
    expect(() => renderToStaticMarkup(<Chart id="fixture-timeline" />)).toThrow('a-story: no data loaded for <Chart id="fixture-timeline" />');
  });
});

describe('<Figure chart value> writes a figure from the data', () => {
  const story = { slug: 'a-story', lang: 'en' as const, charts: ['fixture-line'], datasets: [fixture('fixture-line'), fixture('fixture-column')] };
  const { Figure } = mdxComponents(story);

  it('in house style, linked to the row of the data table on the page, with its source for screen readers', () => {
    const html = renderToStaticMarkup(<Figure chart="fixture-line" value="2021-04" />);
    expect(html).toBe('<a href="#fixture-line-2021-04" class="figure-ref"><data value="16000000">about 16 million</data><span class="sr-only" data-pagefind-ignore=""> (source: Fixture Co, in Fixture news report (June 15, 2021))</span></a>');
    // The row the link points at is in the chart's table.
    expect(renderToStaticMarkup(<ChartFigure lang="en" dataset={fixture('fixture-line')} />)).toContain('<tr id="fixture-line-2021-04">');
  });

  it('a chart the story does not show is linked on its own page', () => {
    const html = renderToStaticMarkup(<Figure chart="fixture-column" value="Gizmos made each month by the one factory that reported them" />);
    expect(html).toContain('href="/embed/fixture-column/#fixture-column-gizmos-made-each-month-by-the-one-factory-that-reported-them"');
    expect(html).toContain('>about 4 million</data>');
    expect(renderToStaticMarkup(<ChartFigure lang="en" dataset={fixture('fixture-column')} />)).toContain('<tr id="fixture-column-gizmos-made-each-month-by-the-one-factory-that-reported-them">');
  });

  it('feed readers get the figure as text', () => {
    const { Figure: FeedFigure } = feedComponents(story);
    expect(renderToStaticMarkup(<p>Output was <FeedFigure chart="fixture-column" value="Gadgets secured" />.</p>)).toBe('<p>Output was more than 120 million.</p>');
  });
});

