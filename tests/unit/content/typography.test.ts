import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/mdx';
import { curlQuotes, dashesAndEllipses } from '@/lib/content/typography';

/** The text, code and attribute values of a compiled body, in order, joined with "|". */
function literals(body: string): string {
  const parts: string[] = [];
  visit(parseMdx(body) as Root, (node) => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') parts.push(`${node.type}:${node.value}`);
    if ('attributes' in node) for (const a of node.attributes as { name: string; value: string }[]) parts.push(`${a.name}=${a.value}`);
  });
  return parts.join('|');
}

describe('curly quotes', () => {
  it('opens and closes double and single quotes, and curls apostrophes', () => {
    expect(curlQuotes(`She said "no." He said 'yes' and didn't.`)).toBe('She said “no.” He said ‘yes’ and didn’t.');
  });

  it('closes a quote before punctuation and opens one after it', () => {
    expect(curlQuotes(`("masks"), "N95s".`)).toBe('(“masks”), “N95s”.');
  });

  it('opens two quotes that start together', () => {
    expect(curlQuotes(`He said, "'Quoted' words."`)).toBe('He said, “‘Quoted’ words.”');
  });

  it("writes an apostrophe for a decade and a lone s, not an opening quote", () => {
    expect(curlQuotes(`the '80s and 3M 's`)).toBe('the ’80s and 3M ’s');
  });

  it('keeps the length, so the text can be cut back into its nodes', () => {
    const text = `"A" 'b' c's`;
    expect(curlQuotes(text)).toHaveLength(text.length);
  });
});

describe('dashes and ellipses', () => {
  it('writes an en dash for --, an em dash for --- and an ellipsis for ...', () => {
    expect(dashesAndEllipses('1--2 and so---well... no')).toBe('1–2 and so—well… no');
  });
});

describe('in a story', () => {
  it('pairs quotes across links and emphasis', () => {
    expect(literals(`A "[report](/x/)" and *"this"*, it's "*that*".`)).toBe('text:A “|text:report|text:” and |text:“this”|text:, it’s “|text:that|text:”.');
  });

  it('opens a quote at the start of a paragraph, heading or list item', () => {
    expect(literals(`"One"\n\n## "Two"\n\n- "Three"`)).toBe('text:“One”|text:“Two”|text:“Three”');
  });

  it('leaves code spans, code blocks and component attributes as written', () => {
    const body = 'Run `say "hi" -- ...` and `x`\'s "value" -- type "`...`"\n\n```\nsay "hi" -- ...\n```\n\n<Chart id="a--b" />';
    expect(literals(body)).toBe('text:Run |inlineCode:say "hi" -- ...|text: and |inlineCode:x|text:’s “value” – type “|inlineCode:...|text:”|code:say "hi" -- ...|id=a--b');
  });

  it('counts a component inside a sentence as nothing between the quotes around it', () => {
    expect(literals(`about "<Figure chart="c" value="v" />" masks`)).toBe('text:about “|chart=c|value=v|text:” masks');
  });
});
