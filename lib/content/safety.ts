import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/lang';
import type { Problem } from '../problems';
import { isSlug } from './slug';
import { CHART_ATTRIBUTE, STORY_COMPONENTS, STORY_HTML, URL_SCHEMES, type ComponentRule, type StoryComponentName } from './components';

/**
 * A story is content, not code. MDX would run any JavaScript a story holds, at build time and in
 * the page, so everything that is not Markdown, an allowed component with literal attributes, or
 * an allowed HTML element is refused here, before anything is rendered. lib/content/mdx.ts runs
 * this as part of compiling, so no path from a story file to a page skips it.
 */

type Node = { type: string; position?: { start: { line: number; column: number } } };
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const NO_CODE = 'a story cannot run code';

/** Elements an editor might reach for, with what to write instead. */
const REFUSED_HTML: Record<string, string> = {
  script: `${NO_CODE}; a chart is <Chart id="…" />`,
  style: 'the site styles every story; use Markdown for emphasis',
  iframe: 'embedding other sites is not allowed; link to the page instead',
  object: 'embedding other content is not allowed; link to it instead',
  embed: 'embedding other content is not allowed; link to it instead',
  img: 'write ![What the image shows](/file.png) for an image',
  a: 'write [link text](https://…) for a link',
};

const short = (text: string) => {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/** The scheme of an address as a browser reads it: control characters and spaces are ignored. */
function scheme(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return m?.[1].toLowerCase();
}

function attributeText(attr: MdxJsxAttribute | MdxJsxExpressionAttribute): string {
  if (attr.type === 'mdxJsxExpressionAttribute') return `{${attr.value}}`;
  if (attr.value === null || attr.value === undefined) return attr.name;
  return typeof attr.value === 'string' ? `${attr.name}="${attr.value}"` : `${attr.name}={${attr.value.value}}`;
}

/** Markdown a component that wraps prose may hold: words and emphasis, never links, code or other components. */
const TEXT_NODES = ['text', 'emphasis', 'strong'];

/** Why a component is refused in this edition, and what to write instead. */
function editionProblem(name: string): Omit<Problem, 'file' | 'line' | 'column'> {
  return {
    field: `<${name}>`,
    expected: 'a plain quotation in “…” in an English story, like He said: "I am just so, so disappointed right now."',
    found: `<${name}>, which only a French story (content/stories/fr/) uses for a translated quotation`,
  };
}

const describeNode = (node: Node) =>
  node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement' ? `<${(node as Jsx).name ?? ''}>` : node.type === 'link' ? 'a link' : node.type === 'inlineCode' ? 'code' : `a ${node.type}`;

/** Every construct in the story's tree that a story may not hold, as editor-facing problems. */
export function safetyProblems(tree: Root, file: string, lang: Lang = 'en'): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node, problem: Omit<Problem, 'file' | 'line' | 'column'>) =>
    problems.push({ file, line: node.position?.start.line, column: node.position?.start.column, ...problem });

  function checkElement(node: Jsx) {
    const name = node.name;
    if (!name) return at(node, { field: '<>', expected: 'a named element', found: 'a fragment "<>"', hint: 'remove "<>" and "</>"' });
    // Own properties only: "constructor" or "toString" is no component.
    const component = Object.hasOwn(STORY_COMPONENTS, name) ? (STORY_COMPONENTS[name as keyof typeof STORY_COMPONENTS] as ComponentRule) : undefined;
    const html = Object.hasOwn(STORY_HTML, name) ? STORY_HTML[name] : undefined;
    if (!component && !html) {
      const inEdition = Object.entries(STORY_COMPONENTS as Record<string, ComponentRule>).filter(([, rule]) => !rule.editions || rule.editions.includes(lang));
      const known = /^[A-Z]/.test(name) ? inEdition.map(([n]) => n) : Object.keys(STORY_HTML);
      return at(node, {
        field: `<${name}>`,
        expected: /^[A-Z]/.test(name) ? `a known component (one of ${known.join(', ')})` : `Markdown, or one of the HTML elements ${known.map((k) => `<${k}>`).join(', ')}`,
        found: /^[A-Z]/.test(name) ? `an unknown component "${name}"` : `<${name}>`,
        hint: Object.hasOwn(REFUSED_HTML, name.toLowerCase()) ? REFUSED_HTML[name.toLowerCase()] : undefined,
      });
    }
    if (component?.editions && !component.editions.includes(lang)) return at(node, editionProblem(name));
    const allowed = component ? [...component.required, ...component.optional] : html!;
    const given = new Set<string>();
    for (const attr of node.attributes) {
      const where = (attr.position ? attr : node) as Node;
      if (attr.type === 'mdxJsxExpressionAttribute') {
        at(where, { field: `<${name}>`, expected: 'attributes written as name="text"', found: `an expression ${short(attributeText(attr))}`, hint: NO_CODE });
        continue;
      }
      given.add(attr.name);
      if (/^on/i.test(attr.name)) {
        at(where, { field: `<${name} ${attr.name}>`, expected: 'no event handler', found: short(attributeText(attr)), hint: NO_CODE });
      } else if (!allowed.includes(attr.name)) {
        at(where, { field: `<${name} ${attr.name}>`, expected: allowed.length ? `one of the attributes ${allowed.join(', ')}` : 'no attributes', found: `an unknown attribute "${attr.name}"` });
      } else if (typeof attr.value !== 'string') {
        at(where, {
          field: `<${name} ${attr.name}>`,
          expected: `a value in quotes, like ${attr.name}="${name === 'Chart' ? 'us-n95-production' : 'text'}"`,
          found: attr.value ? `an expression ${short(attributeText(attr))}` : 'no value',
          hint: attr.value ? `${NO_CODE}; dates, numbers and ids are written as text` : undefined,
        });
      } else if (component && CHART_ATTRIBUTE[name as StoryComponentName] === attr.name && !isSlug(attr.value)) {
        at(where, { field: `<${name} ${attr.name}>`, expected: 'the name of a file in content/data/ without ".json", in lowercase words joined by hyphens', found: JSON.stringify(attr.value) });
      }
    }
    if (component?.text) {
      textOnly(node);
    } else if (component && node.children.length) {
      at(node.children[0] as Node, { field: `<${name}>`, expected: `<${name} … /> on its own, closed with "/>"`, found: 'text or elements inside it', hint: 'they would not be shown; move them out of the tag' });
    }
    for (const required of component?.required ?? []) {
      if (!given.has(required)) at(node, { field: `<${name}>`, expected: `a ${required}="…" attribute`, found: 'none', hint: name === 'Chart' ? 'name a file in content/data/, like <Chart id="us-n95-production" />' : undefined });
    }
  }

  /** A component that wraps words (<Quote>): inside a sentence, around text and emphasis only, with a non-empty original. */
  function textOnly(node: Jsx) {
    const name = node.name!;
    if (node.type === 'mdxJsxFlowElement') {
      return at(node, { field: `<${name}>`, expected: `<${name} …>…</${name}> inside a sentence, on one line, like « <${name} original="…">…</${name}> »`, found: `a <${name}> on lines of its own` });
    }
    const inner: Node[] = [];
    visit({ type: 'root', children: node.children } as Root, (child) => void (child.type !== 'root' && inner.push(child)));
    const other = inner.find((child) => !TEXT_NODES.includes(child.type));
    if (other) at(other, { field: `<${name}>`, expected: 'only the translated words inside it (text, *emphasis* or **bold**)', found: describeNode(other) });
    else if (!inner.some((child) => child.type === 'text' && (child as unknown as { value: string }).value.trim())) {
      at(node, { field: `<${name}>`, expected: `the translated words between <${name} original="…"> and </${name}>`, found: 'nothing' });
    }
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxAttribute' && attr.name === 'original' && typeof attr.value === 'string' && !attr.value.trim()) {
        at((attr.position ? attr : node) as Node, { field: `<${name} original>`, expected: 'the exact English words from the source, like original="I am just so, so disappointed right now."', found: 'an empty original' });
      }
    }
  }

  function checkUrl(node: Node, url: string, what: string) {
    const s = scheme(url);
    if (s !== undefined && !(URL_SCHEMES as readonly string[]).includes(s)) {
      at(node, { field: what, expected: 'an address starting with https://, http://, mailto:, / or #', found: short(url), hint: s === 'javascript' || s === 'vbscript' ? NO_CODE : undefined });
    }
  }

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, { field: 'import/export', expected: 'Markdown text', found: short(node.value), hint: `${NO_CODE}; remove the line; charts come from <Chart id="…" />` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, { field: 'expression', expected: 'plain text', found: short(`{${node.value}}`), hint: `${NO_CODE}; to show a curly brace, write \\{` });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
        // A <Quote> renders a link of its own, and a link inside a link is not HTML.
        visit(node, 'mdxJsxTextElement', (inner) => void (inner.name === 'Quote' && at(inner, { field: '<Quote>', expected: 'a <Quote> outside link text', found: `a <Quote> inside the link to ${short(node.url)}`, hint: 'put the link around other words of the sentence' })));
        checkUrl(node, node.url, 'link');
        break;
      case 'definition':
        checkUrl(node, node.url, 'link');
        break;
      case 'image':
        checkUrl(node, node.url, 'image');
        break;
    }
  });
  return problems;
}
