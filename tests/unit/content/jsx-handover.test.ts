import type { Element, Root as HastRoot, RootContent } from 'hast';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileMdx, parseMdx } from '@/lib/content/mdx';
import { storySource } from './helpers';

/**
 * Compiling hands each JSX node of the Markdown tree to the HTML tree without copying it
 * (lib/content/mdx.ts passJsx), where remark-rehype's passThrough deep-copied it. So the two trees
 * now share the nodes' positions and attributes: compiling must leave the Markdown tree exactly as
 * parsing gives it (the checks and the table of contents read it after), and every element made
 * from JSX must carry the attributes and the place in the file the editor typed.
 */

const SEED = 20261203;

const word = fc.constantFrom('masks', 'N95', 'Canada', 'export', 'order', '3M', 'respirators', 'mardi');
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const attr = fc.constantFrom('fixture-line', 'a b c', 'l’été', 'x & y', '2020-04');
// What a component wraps: words, some emphasised (an element in the HTML tree, not in the Markdown one).
const wrapped = fc.oneof(words, fc.tuple(words, words).map(([a, b]) => `${a} *${b}*`));
const slug = fc.constantFrom('fixture-line', 'us-n95-production', 'where-the-masks-went');
// Inline pieces: plain words, emphasis, an abbreviation, a figure, a French quotation followed by its closing guillemet.
const inline = fc.oneof(
  words,
  words.map((w) => `*${w}*`),
  fc.tuple(attr, wrapped).map(([t, w]) => `<abbr title="${t}">${w}</abbr>`),
  fc.tuple(slug, attr).map(([c, v]) => `<Figure chart="${c}" value="${v}" />`),
  // A French story's quotation (an English one is refused one, so it is written as an abbreviation there: see \`body\`).
  fc.tuple(attr, wrapped, fc.constantFrom(' »', '\u00a0»', '', '.')).map(([o, w, after]) => `« <Quote original="${o}">${w}</Quote>${after}`),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  paragraph,
  // Each chart at most once in a story: numbered below.
  fc.constant('<Chart id="CHART" />'),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((p) => `- ${p}`).join('\n')),
  paragraph.map((p) => `> ${p}`),
  words.map((w) => `## ${w}`),
);
const body = (lang: 'en' | 'fr') =>
  fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => {
    const text = `\n${blocks.map((b, i) => b.replace('CHART', `chart-${i}`)).join('\n\n')}\n`;
    return lang === 'fr' ? text : text.replace(/<Quote original=/g, '<abbr title=').replace(/<\/Quote>/g, '</abbr>');
  });

type Positioned = { type: string; tagName?: string; properties?: Record<string, unknown>; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Positioned[] };
const COMPONENTS = new Set(['Chart', 'Figure', 'Quote', 'abbr']);

/** Compiling gives each heading its id (data.hProperties), on purpose: the one change it makes to the Markdown tree. */
const withoutHeadingIds = (key: string, value: unknown) => (key === 'data' && value && typeof value === 'object' && 'hProperties' in value ? undefined : value);

function elements(node: HastRoot | RootContent | Positioned, found: Positioned[] = []): Positioned[] {
  const n = node as Positioned;
  if (n.type === 'element' && COMPONENTS.has(n.tagName!)) found.push(n);
  for (const child of n.children ?? []) elements(child, found);
  return found;
}

describe('JSX handed from the Markdown tree to the HTML tree', () => {
  test('leaves the Markdown tree as parsing gives it, and each element keeps its attributes and its place in the file', () => {
    let compiled = 0;
    fc.assert(
      fc.property(fc.constantFrom('en' as const, 'fr' as const).chain((lang) => fc.tuple(fc.constant(lang), body(lang))), ([lang, text]) => {
        const source = storySource({}, text);
        const result = compileMdx(lang === 'fr' ? 'content/stories/fr/x.mdx' : 'content/stories/x.mdx', source, lang);
        if (!('hast' in result)) return;
        compiled++;
        expect(JSON.stringify(result.tree, withoutHeadingIds)).toBe(JSON.stringify(parseMdx(source), withoutHeadingIds));
        expect(JSON.stringify(result.hast)).not.toMatch(/"mdxJsx/);
        for (const element of elements(result.hast)) {
          const typed = source.slice(element.position!.start.offset, element.position!.end.offset);
          expect(typed.startsWith(`<${element.tagName}`)).toBe(true);
          for (const [name, value] of Object.entries(element.properties!)) {
            // `n` and `close` are the compiler's own (a quotation's number, its closing guillemet).
            if (name === 'n' || name === 'close') continue;
            expect(typed).toContain(`${name}="${value}"`);
          }
        }
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
    // Most of the generated stories compile (not all: two headings may clash, say).
    expect(compiled).toBeGreaterThan(100);
  });

  test('a French quotation takes its closing guillemet, and the text after it loses it, in the HTML tree only', () => {
    const source = storySource({}, '\nIl a dit « <Quote original="We are out">Nous n’en avons plus</Quote> » hier.\n');
    const result = compileMdx('content/stories/fr/x.mdx', source, 'fr');
    expect('hast' in result).toBe(true);
    if (!('hast' in result)) return;
    const paragraph = result.hast.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p')!;
    const quote = paragraph.children.find((c): c is Element => c.type === 'element' && c.tagName === 'Quote')!;
    expect(quote.properties).toMatchObject({ original: 'We are out', n: '1', close: '\u00a0»' });
    const after = paragraph.children[paragraph.children.indexOf(quote) + 1];
    expect(after).toMatchObject({ type: 'text' });
    expect((after as { value: string }).value).not.toContain('»');
    // The Markdown tree still has the guillemet the editor typed.
    expect(JSON.stringify(result.tree)).toContain('»');
  });
});
