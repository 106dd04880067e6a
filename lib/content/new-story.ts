import GithubSlugger from 'github-slugger';

/** Today's date and the time now in the newsroom's zone, as an ISO date-time with its offset. */
export function nowWithOffset(date = new Date(), timeZone = 'America/Toronto'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00${offset}`;
}

/**
 * The slug a headline suggests, within the one slug rule (lib/slug.ts), or "" when it has no letter
 * or digit to keep: github-slugger drops punctuation ("Don't" is "dont"), and what it keeps that the
 * rule refuses (underscores, letters outside a-z) becomes a word break.
 */
export function slugFor(headline: string): string {
  // French elision ("l’été", "qu’on", "jusqu’à") joins two words: a word break, where an English
  // possessive's apostrophe ("Ottawa’s") is dropped.
  const elided = headline.replace(/(^|[^\p{L}\p{N}])(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/giu, '$1$2 ');
  return new GithubSlugger()
    .slug(elided.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The starter story and its data-file stub, as files to write (paths under content/). TK marks what
 * the editor must replace. `slug` defaults to the headline's, `tags` to the command line's one tag.
 */
export function newStoryFiles(headline: string, published: string, options: { slug?: string; tags?: readonly string[] } = {}) {
  const slug = options.slug ?? slugFor(headline);
  const tags = options.tags ?? ['canada'];
  const chartId = `${slug}-chart`;
  const story = `---
title: ${JSON.stringify(headline)}
dek: "TK: one sentence that tells the reader what the story explains."
byline:
  - Explainer Desk
published: ${published}
${tags.length ? `tags:\n${tags.map((tag) => `  - ${tag}\n`).join('')}` : ''}draft: true
sources:
  - name: "TK: the report or document this story is built on"
    date: ${published.slice(0, 10)}
corrections: []
---

TK: the opening paragraph. Say what happened and why it matters in two or three sentences.

## What happened

TK: the first section. Every figure names who gave it and when, for example: the company said it
made TK masks in March, according to a report published on TK.

> "TK: a quotation, word for word from the source."
>
> — TK: who said it, their role, and when

## The numbers

TK: introduce the chart in a sentence, then show it. Its data lives in content/data/${chartId}.json.

<Chart id="${chartId}" />

## What we don't know

TK: say plainly what the sources leave out. Link to related stories by their address, like
[all our stories](/).
`;
  const data = {
    id: chartId,
    title: 'TK: a sentence that states what the chart shows',
    chart: 'column',
    units: 'TK: what is counted, e.g. masks',
    sourceLine: 'Source: TK, as reported TK',
    notes: ['TK: anything a reader needs to read the chart correctly, or delete this note.'],
    sources: [{ id: 'report', name: 'TK: the report', date: published.slice(0, 10) }],
    values: [
      { label: 'TK: first bar', value: 1, sourceRef: 'report', speaker: 'TK: who said it', quote: 'TK: the exact words of the source' },
      { label: 'TK: second bar', value: 2, sourceRef: 'report', speaker: 'TK: who said it', quote: 'TK: the exact words of the source' },
    ],
  };
  return {
    slug,
    chartId,
    files: { [`content/stories/${slug}.mdx`]: story, [`content/data/${chartId}.json`]: `${JSON.stringify(data, null, 2)}\n` },
  };
}
