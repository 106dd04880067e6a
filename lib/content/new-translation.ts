import type { BlockContent, DefinitionContent, Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { chartIds, figureRefs } from './derive';
import { parseMdx } from './mdx';
import { chartsShown } from './story-file';
import { frontmatterSchema } from './schema';

/**
 * The start of a translation (npm run new-story -- --translate <slug> --slug <french-slug>): the
 * original's structure with every word to write marked TK, and everything the pairing check
 * compares already in place (charts, figures, a <Quote> for each quotation, the corrections with
 * their dates), so the check reports nothing but the placeholders until the translator is done.
 */

/** The English, as a comment beside the placeholder, so the translator has it at hand. */
const hint = (english: string) => ` # ${english.replace(/\s+/g, ' ')}`;

/** The original's words in an attribute: quotes as the sources write them (straight), in whichever quote mark the words do not use. */
function originalAttribute(words: string): string {
  const straight = words.replace(/[‘’]/g, "'");
  return straight.includes('"') ? `original='${straight}'` : `original="${straight}"`;
}

type Node = RootContent | BlockContent | DefinitionContent;
const FIGURE_MARK = '\u{F0000}';

/** A paragraph's figures and quotations, in order, between TK placeholders: `TK <Figure … /> TK « <Quote …>TK</Quote> » TK`. */
function inlinePlaceholder(node: Node): string {
  const figures: string[] = [];
  // The paragraph's text with each <Figure> as a mark, so figures and “…” quotations come out in reading order.
  const flatten = (n: Node): string => {
    if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Figure') {
      const attr = (name: string) => n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      figures.push(`<Figure chart="${attr('chart')}" value="${attr('value')}" />`);
      return `${FIGURE_MARK}${figures.length - 1}${FIGURE_MARK}`;
    }
    if ('children' in n) return (n.children as Node[]).map(flatten).join('');
    return 'value' in n ? n.value : '';
  };
  const text = flatten(node);
  const parts = [...text.matchAll(new RegExp(`“([^”]+)”|${FIGURE_MARK}(\\d+)${FIGURE_MARK}`, 'gu'))].map((m) =>
    m[1] !== undefined ? `« <Quote ${originalAttribute(m[1])}>TK</Quote> »` : figures[Number(m[2])],
  );
  return ['TK', ...parts.flatMap((p) => [p, 'TK'])].join(' ');
}

/** One block of the original as its placeholder, keeping headings, charts, lists and block quotations. */
function block(node: Node): string {
  switch (node.type) {
    case 'yaml':
      return '';
    case 'heading': {
      // The English heading beside the placeholder, unless it holds a figure or a quotation, which must be kept as components.
      const inline = inlinePlaceholder(node);
      return `${'#'.repeat((node as Heading).depth)} ${inline === 'TK' ? `TK: ${toString(node)}` : inline}`;
    }
    case 'mdxJsxFlowElement':
      if (node.name === 'Chart') {
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        return `<Chart id="${id}" />`;
      }
      return inlinePlaceholder(node);
    case 'blockquote':
      return node.children.map((child) => block(child).replace(/^/gm, '> ')).join('\n>\n');
    case 'list':
      return (node as List).children.map((item, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '-'} ${item.children.map(block).join(' ')}`).join('\n');
    default:
      return inlinePlaceholder(node);
  }
}

/** The ids of the charts an English story shows, whole (<Chart id>) or by a figure (<Figure chart>), in order. */
export function chartsIn(englishSource: string): string[] {
  const tree = parseMdx(englishSource);
  return chartsShown({ charts: chartIds(tree), figures: figureRefs(tree) });
}

/** The new French story's text, from the English original's source. Throws if the original's frontmatter is not valid. */
export function translationSource(englishSource: string, englishSlug: string, published: string): string {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(englishSource)?.[1] ?? '';
  const fm = frontmatterSchema.parse(parse(yaml));
  const lines = [
    '---',
    `translationOf: ${englishSlug}`,
    `title: "TK"${hint(fm.title)}`,
    `dek: "TK"${hint(fm.dek)}`,
    'byline:',
    ...fm.byline.map((name) => `  - "TK"${hint(name)}`),
    `published: ${published}`,
    ...(fm.tags.length ? ['tags:', ...fm.tags.map((tag) => `  - ${tag}`)] : []),
    'draft: true',
    'sources:',
    ...fm.sources.flatMap((s) => [`  - name: "TK"${hint(s.name)}`, `    date: ${s.date}`, ...(s.url ? [`    url: ${s.url}`] : [])]),
    ...(fm.corrections.length ? ['corrections:', ...fm.corrections.flatMap((c) => [`  - date: ${c.date}`, `    text: "TK"${hint(c.text)}`])] : ['corrections: []']),
    '---',
  ];
  const body = (parseMdx(englishSource) as Root).children.map(block).filter(Boolean);
  return `${lines.join('\n')}\n\n${body.join('\n\n')}\n`;
}
