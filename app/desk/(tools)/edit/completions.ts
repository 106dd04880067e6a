import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';

/** What the editor can complete, from the content model: the components and their attributes, chart ids, tags and source report names. */
export type Vocabulary = {
  components: { name: string; attributes: string[] }[];
  charts: string[];
  tags: string[];
  sources: string[];
};

const options = (words: string[], type: string) => words.map((label) => ({ label, type }));

/**
 * Completions at the cursor: `<Ch` offers the components, a space inside one its attributes, the
 * value of a chart attribute the chart ids, a `tags:` list item the tags in use, a data file's
 * `"file": "` the source reports.
 */
export function completeFrom(vocabulary: Vocabulary, chartAttributes: string[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);

    const value = /<(\w+)\b[^>]*\s(\w+)="([\w-]*)$/.exec(before);
    if (value) {
      if (!chartAttributes.includes(value[2])) return null;
      return { from: context.pos - value[3].length, options: options(vocabulary.charts, 'constant'), validFor: /^[\w-]*$/ };
    }
    const attribute = /<(\w+)\b[^>"]*(?:"[^"]*"[^>"]*)*\s(\w*)$/.exec(before);
    if (attribute) {
      const component = vocabulary.components.find((c) => c.name === attribute[1]);
      if (!component) return null;
      return { from: context.pos - attribute[2].length, options: component.attributes.map((a) => ({ label: `${a}=""`, apply: `${a}="`, type: 'property' })), validFor: /^\w*$/ };
    }
    const tag = /<(\w*)$/.exec(before);
    if (tag) return { from: context.pos - tag[1].length - 1, options: vocabulary.components.map((c) => ({ label: `<${c.name}`, type: 'class' })), validFor: /^<\w*$/ };

    const item = /^\s*-\s+([\w-]*)$/.exec(before);
    if (item && inTags(context, line.number)) return { from: context.pos - item[1].length, options: options(vocabulary.tags, 'keyword'), validFor: /^[\w-]*$/ };

    const file = /"file":\s*"([^"]*)$/.exec(before);
    if (file) return { from: context.pos - file[1].length, options: options(vocabulary.sources, 'text'), validFor: /^[^"]*$/ };
    return null;
  };
}

/** Whether a list item's line belongs to the frontmatter's `tags:` list (the nearest key above it). */
function inTags(context: CompletionContext, lineNumber: number): boolean {
  for (let n = lineNumber - 1; n >= 1; n--) {
    const text = context.state.doc.line(n).text;
    if (/^\s*-\s/.test(text)) continue;
    return /^tags:\s*$/.test(text);
  }
  return false;
}
