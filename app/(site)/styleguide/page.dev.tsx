import type { Metadata } from 'next';
import { ShareBar } from '@/components/ShareBar';
import { SiteChrome } from '@/components/SiteChrome';
import { StoryCard } from '@/components/StoryCard';
import { TableOfContents } from '@/components/TableOfContents';
import { getStories } from '@/lib/content/stories';
import { getDatasets } from '@/lib/data/datasets';
import { paths } from '@/lib/i18n/paths';
import { absoluteUrl } from '@/lib/site';
import { mdxComponents } from '@/mdx-components';

export const metadata: Metadata = { title: 'Styleguide', robots: { index: false } };

const datasets = getDatasets();
const { h2: H2, h3: H3, a: A, Chart } = mdxComponents({ slug: 'styleguide', lang: 'en', charts: datasets.map((d) => d.id), datasets });

/** Development only (page.dev.tsx): every component an editor can use, with what it renders. */
export default function Styleguide() {
  const [story] = getStories({ lang: 'en' });
  return (
    <SiteChrome lang="en">
    <div className="mx-auto max-w-prose">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Styleguide</h1>
      <p className="mt-2 text-ink-soft">
        Shown by <code>npm run dev</code> only. Every block below is what a story gets from the MDX written above it. EDITORS.md explains each one.
      </p>

      <section className="prose mt-10 font-serif prose-headings:font-sans">
        <H2 id="headings">Headings: ## and ###</H2>
        <pre><code>{'## A section\n### A sub-section'}</code></pre>
        <H3 id="a-sub-section">A sub-section</H3>
        <p>Each heading gets an id and a # link, and goes into the table of contents.</p>

        <H2 id="text">Text, links and quotes</H2>
        <pre><code>{'Plain **bold** and *italic*, a [link to a story](/stories/the-n95-standoff/).\n\n> "Exact words from the source."\n>\n> — Who said it, their role, and when'}</code></pre>
        <p>
          Plain <strong>bold</strong> and <em>italic</em>, a <A href="/stories/the-n95-standoff/">link to a story</A>, and an{' '}
          <A href="https://example.org">outside link</A>.
        </p>
        <blockquote>
          <p>“Exact words from the source.”</p>
          <p>— Who said it, their role, and when</p>
        </blockquote>

        <H2 id="charts">Charts: &lt;Chart id=&quot;…&quot; /&gt;</H2>
        <p>One block per data file in content/data/; the id is the file name.</p>
        {datasets.map((dataset) => (
          <div key={dataset.id}>
            <pre><code>{`<Chart id="${dataset.id}" />`}</code></pre>
            <Chart id={dataset.id} />
          </div>
        ))}
      </section>

      <section className="mt-10 space-y-6">
        <h2 className="text-2xl font-bold">Page parts (made from the frontmatter)</h2>
        {story ? (
          <>
            <StoryCard story={story} lang="en" />
            <TableOfContents toc={story.toc} lang="en" />
            <ShareBar url={absoluteUrl(paths('en').story(story.slug))} title={story.title} summary={story.dek} lang="en" />
          </>
        ) : null}
      </section>
    </div>
    </SiteChrome>
  );
}
