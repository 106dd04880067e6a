import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from './walk';
import type { Lang } from '../i18n/lang';
import type { Problem } from '../problems';
import { isSlug } from '../slug';
import { oneLine } from '../text-rules';
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


/** Whether every %-escape in an address is whole and decodes to text (100%.png does not). */
function decodable(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

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

/** Components that render a link: none may stand inside another link. */
const LINKING = ['Figure', 'Quote'];
/** Where a block component was found, in an editor's words. */
const PLACES: Record<string, string> = { paragraph: 'a sentence', heading: 'a heading', link: 'a link', linkReference: 'a link', listItem: 'a list', blockquote: 'a quotation', emphasis: 'emphasis', strong: 'bold text', tableCell: 'a table' };
/** HTML elements that never hold anything. */
const VOID = new Set(['br', 'wbr', 'hr', 'img']);

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
export function safetyProblems(tree: Root, file: string, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node, problem: Omit<Problem, 'file' | 'line' | 'column'>) =>
    problems.push({ file, line: node.position?.start.line, column: node.position?.start.column, ...problem });

  const charts = new Map<string, Node>();

  /** Where a component that renders a block (a <figure>) may stand: alone on its lines, at the top level. */
  function checkPlacement(node: Jsx, name: string, parent: Node | undefined) {
    if (node.type === 'mdxJsxFlowElement' && parent?.type === 'root') return;
    const inside = parent ? (Object.hasOwn(PLACES, parent.type) ? PLACES[parent.type] : describeNode(parent)) : 'another element';
    at(node, {
      field: `<${name}>`,
      expected: `<${name} … /> on lines of its own, with blank lines around it, outside lists, quotations and other elements`,
      found: `a <${name}> inside ${inside}`,
      hint: 'a chart is a block of its own; to link to it from a sentence, write [the chart](#its-id)',
    });
  }

  /** A chart is shown once per page: its id is the figure's id, and two equal ids break links to it. */
  function checkRepeat(node: Jsx) {
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id !== 'string') return;
    const first = charts.get(id);
    if (!first) return void charts.set(id, node);
    at(node, {
      field: `<Chart id="${id}">`,
      expected: 'each chart at most once in a story',
      found: `the same chart again (first at line ${first.position?.start.line ?? '?'})`,
      hint: 'remove this one; to point readers back to it, link to it with [the chart above](#' + id + ')',
    });
  }

  function checkElement(node: Jsx, parent: Node | undefined) {
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
    if (name === 'Chart' && !node.children.length) {
      checkPlacement(node, name, parent);
      checkRepeat(node);
    }
    if (html && VOID.has(name) && node.children.length) {
      at(node.children[0] as Node, { field: `<${name}>`, expected: `<${name} /> alone: it cannot hold text or elements`, found: 'text or elements inside it', hint: `write <${name} /> and put the words after it` });
    }
    const allowed = component ? [...component.required, ...component.optional] : html!;
    const given = new Set<string>();
    for (const attr of node.attributes) {
      const where = (attr.position ? attr : node) as Node;
      if (attr.type === 'mdxJsxExpressionAttribute') {
        at(where, { field: `<${name}>`, expected: 'attributes written as name="text"', found: `an expression ${oneLine(attributeText(attr))}`, hint: NO_CODE });
        continue;
      }
      given.add(attr.name);
      if (/^on/i.test(attr.name)) {
        at(where, { field: `<${name} ${attr.name}>`, expected: 'no event handler', found: oneLine(attributeText(attr)), hint: NO_CODE });
      } else if (!allowed.includes(attr.name)) {
        at(where, { field: `<${name} ${attr.name}>`, expected: allowed.length ? `one of the attributes ${allowed.join(', ')}` : 'no attributes', found: `an unknown attribute "${attr.name}"` });
      } else if (typeof attr.value !== 'string') {
        at(where, {
          field: `<${name} ${attr.name}>`,
          expected: `a value in quotes, like ${attr.name}="${name === 'Chart' ? 'us-n95-production' : 'text'}"`,
          found: attr.value ? `an expression ${oneLine(attributeText(attr))}` : 'no value',
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

  /** <Figure> and <Quote> render links of their own, and a link inside a link is not HTML. */
  function linksInside(link: Node, target: string) {
    visit({ type: 'root', children: [link] } as Root, 'mdxJsxTextElement', (inner: MdxJsxTextElement) => {
      if (!inner.name || !LINKING.includes(inner.name)) return;
      at(inner, { field: `<${inner.name}>`, expected: `a <${inner.name}> outside link text`, found: `a <${inner.name}> inside the link to ${target}`, hint: 'put the link around other words of the sentence' });
    });
  }

  function checkUrl(node: Node, url: string, what: string) {
    const s = scheme(url);
    if (s !== undefined && !(URL_SCHEMES as readonly string[]).includes(s)) {
      at(node, { field: what, expected: 'an address starting with https://, http://, mailto:, / or #', found: oneLine(url), hint: s === 'javascript' || s === 'vbscript' ? NO_CODE : undefined });
    } else if (!decodable(url)) {
      // A browser cannot tell which file or page is meant, and every step that reads the address (the check, the build) would stop at it.
      at(node, { field: what, expected: 'an address whose % signs each start an escape such as %20', found: oneLine(url), hint: 'write a % sign itself as %25, e.g. /100%25.png' });
    }
  }

  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, { field: 'import/export', expected: 'Markdown text', found: oneLine(node.value), hint: `${NO_CODE}; remove the line; charts come from <Chart id="…" />` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, { field: 'curly braces', expected: 'plain text', found: oneLine(`{${node.value}}`), hint: `${NO_CODE}; to show a curly brace, write \\{` });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent as Node | undefined);
        break;
      case 'link':
        linksInside(node, oneLine(node.url));
        checkUrl(node, node.url, 'link');
        break;
      case 'linkReference':
        linksInside(node, `[${node.label ?? node.identifier}]`);
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
