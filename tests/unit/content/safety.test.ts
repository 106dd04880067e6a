import { describe, expect, test } from 'vitest';
import { location, problemMessage } from '@/lib/problems';
import { parseStory } from '@/lib/content/stories';
import { storySource } from './helpers';

const FILE = 'content/stories/hostile.mdx';
// storySource puts the body after 14 lines of frontmatter and a blank line: the body starts on line 16.
const problems = (body: string) => {
  const parsed = parseStory(FILE, storySource({}, `\n${body}\n`));
  // A refused story compiles to nothing: no tree to render, no story to publish.
  if (parsed.problems.length) expect(parsed.hast ?? parsed.story).toBeUndefined();
  return parsed.problems.map((p) => `${location(p).replace(`${FILE}:`, '')} ${problemMessage(p)}`);
};

describe('a story is content, not code: the compiler refuses everything else, with where and what to write', () => {
  test('export', () => {
    expect(problems('export const x = process.env.HOME')).toEqual([
      '16:1 import/export: expected Markdown text, found export const x = process.env.HOME (a story cannot run code; remove the line; charts come from <Chart id="…" />)',
    ]);
  });

  test('import', () => {
    expect(problems("import fs from 'node:fs'")).toEqual([
      "16:1 import/export: expected Markdown text, found import fs from 'node:fs' (a story cannot run code; remove the line; charts come from <Chart id=\"…\" />)",
    ]);
  });

  test('an expression in text', () => {
    expect(problems('There are {require("fs").readdirSync("/").length} files.')).toEqual([
      '16:11 curly braces: expected plain text, found {require("fs").readdirSync("/").length} (a story cannot run code; to show a curly brace, write \\{)',
    ]);
  });

  test('an expression on its own line', () => {
    expect(problems('{process.env.SECRET}')).toEqual(['16:1 curly braces: expected plain text, found {process.env.SECRET} (a story cannot run code; to show a curly brace, write \\{)']);
  });

  test('process.env reached through an attribute of a known component', () => {
    expect(problems('<Chart id={process.env.HOME} />')).toEqual([
      '16:8 <Chart id>: expected a value in quotes, like id="us-n95-production", found an expression id={process.env.HOME} (a story cannot run code; dates, numbers and ids are written as text)',
    ]);
  });

  test('a spread of attributes', () => {
    expect(problems('<Chart {...process.env} />')).toEqual([
      '16:8 <Chart>: expected attributes written as name="text", found an expression {...process.env} (a story cannot run code)',
      '16:1 <Chart>: expected a id="…" attribute, found none (name a file in content/data/, like <Chart id="us-n95-production" />)',
    ]);
  });

  test('<script>', () => {
    expect(problems('<script>alert(1)</script>')).toEqual([
      '16:1 <script>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <script> (a story cannot run code; a chart is <Chart id="…" />)',
    ]);
  });

  test('<style>', () => {
    expect(problems('<style>{"body{display:none}"}</style>')).toEqual([
      '16:1 <style>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <style> (the site styles every story; use Markdown for emphasis)',
      '16:8 curly braces: expected plain text, found {"body{display:none}"} (a story cannot run code; to show a curly brace, write \\{)',
    ]);
  });

  test('<iframe>', () => {
    expect(problems('<iframe src="https://example.org/" />')).toEqual([
      '16:1 <iframe>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <iframe> (embedding other sites is not allowed; link to the page instead)',
    ]);
  });

  test('<object>', () => {
    expect(problems('<object data="/x.swf" />')).toEqual([
      '16:1 <object>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <object> (embedding other content is not allowed; link to it instead)',
    ]);
  });

  test('an event handler on an allowed element', () => {
    expect(problems('The <abbr title="Defense Production Act" onmouseover="alert(1)">DPA</abbr> law.')).toEqual([
      '16:42 <abbr onmouseover>: expected no event handler, found onmouseover="alert(1)" (a story cannot run code)',
    ]);
  });

  test('javascript:, vbscript: and data: links, however they are disguised', () => {
    expect(problems('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox) [d](data:text/html,x) [e](<java\tscript:alert(1)>)')).toEqual([
      '16:1 link: expected an address starting with https://, http://, mailto:, / or #, found javascript:alert(1) (a story cannot run code)',
      '16:26 link: expected an address starting with https://, http://, mailto:, / or #, found JaVaScRiPt:alert(1) (a story cannot run code)',
      '16:51 link: expected an address starting with https://, http://, mailto:, / or #, found vbscript:msgbox (a story cannot run code)',
      '16:72 link: expected an address starting with https://, http://, mailto:, / or #, found data:text/html,x',
      '16:94 link: expected an address starting with https://, http://, mailto:, / or #, found java script:alert(1) (a story cannot run code)',
    ]);
  });

  test('a data: image and a javascript: reference definition', () => {
    expect(problems('![x](data:image/png;base64,AAAA)\n\n[ref]: javascript:alert(1)')).toEqual([
      '16:1 image: expected an address starting with https://, http://, mailto:, / or #, found data:image/png;base64,AAAA',
      '18:1 link: expected an address starting with https://, http://, mailto:, / or #, found javascript:alert(1) (a story cannot run code)',
    ]);
  });

  test('an unknown prop on a known component', () => {
    expect(problems('<Chart id="us-n95-production" height="900" />')).toEqual([
      '16:31 <Chart height>: expected one of the attributes id, found an unknown attribute "height"',
    ]);
  });

  test('an unknown component', () => {
    expect(problems('<Chrt id="x" />')).toEqual(['16:1 <Chrt>: expected a known component (one of Chart, Figure), found an unknown component "Chrt"']);
  });

  test('a chart id that is not a file name', () => {
    expect(problems('<Chart id="../../package" />')).toEqual([
      '16:8 <Chart id>: expected the name of a file in content/data/ without ".json", in lowercase words joined by hyphens, found "../../package"',
    ]);
  });

  test('names that only exist on every JavaScript object are no components', () => {
    expect(problems('<constructor />\n\n<toString />')).toEqual([
      '16:1 <constructor>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <constructor>',
      '18:1 <toString>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <toString>',
    ]);
  });

  test('a chart with text inside it, which would never be shown', () => {
    expect(problems('<Chart id="us-n95-production">The caption I meant</Chart>')).toEqual([
      '16:31 <Chart>: expected <Chart … /> on its own, closed with "/>", found text or elements inside it (they would not be shown; move them out of the tag)',
    ]);
  });

  test('member and namespaced names', () => {
    expect(problems('<a.b /> and <svg:script />')).toEqual([
      '16:1 <a.b>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <a.b>',
      '16:13 <svg:script>: expected Markdown, or one of the HTML elements <abbr>, <br>, <cite>, <del>, <ins>, <mark>, <q>, <small>, <sub>, <sup>, found <svg:script>',
    ]);
  });

  test('what a story may hold passes: Markdown, components with literal values, allowed HTML, escaped braces', () => {
    expect(problems('A [link](https://example.org/), [mail](mailto:desk@example.org), [page](/about/) and [part](#x).\n\n<Chart id="us-n95-production" />\n\nThe <abbr title="Defense Production Act">DPA</abbr> of 1950<sup>1</sup>, in \\{braces\\}.')).toEqual([]);
  });
});
