import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { wallTimeOf } from '@/lib/i18n/zoned-time';
import { afterColon, dataOf, lineEnd, lineStart, pairOf, parse, rangeOf, trimmedEnd } from './frontmatter-edit';

/**
 * "Add a correction", offered when Publish holds a change to a live story: a new item at the end
 * of the frontmatter's `corrections`, dated today, its text a TK the editor then types over. The
 * check refuses a TK in a published story, so an unwritten correction cannot go out. Like the
 * panel's edits, only the new lines are written, and the result is parsed again and compared with
 * the intended data: a list written in a way this code does not foresee is refused, never changed.
 */

/** The text the editor types over, in the story's language. */
export const CORRECTION_TK = { en: 'TK: what the earlier version said, and what is right', fr: 'TK : ce que disait la version précédente et ce qui est exact' } as const;

/** Today's date (YYYY-MM-DD) where the newsroom is: a correction is dated as its readers' day. */
export const todayIn = (timeZone: string, now = new Date()) => wallTimeOf(now.toISOString(), timeZone)?.date ?? now.toISOString().slice(0, 10);

export type Added = { ok: true; text: string; from: number; to: number } | { ok: false; reason: string };

/** The text with the correction added, and where its TK is (to select it). `date`: YYYY-MM-DD. Never throws. */
export function addCorrection(text: string, date: string, lang: 'en' | 'fr' = 'en'): Added {
  const tk = CORRECTION_TK[lang];
  try {
    const parsed = parse(text);
    if (!('block' in parsed)) return { ok: false, reason: parsed.kind === 'none' ? 'the story has no frontmatter block' : `the frontmatter cannot be edited here: ${parsed.reason}` };
    const { block, map } = parsed;
    const { yaml, separator: sep } = block;
    const firstKey = map?.items[0] && isPair(map.items[0]) && isScalar(map.items[0].key) ? rangeOf(map.items[0].key)[0] : 0;
    const keyIndent = map?.items.length ? yaml.slice(lineStart(yaml, firstKey), firstKey).replace(/\S/g, ' ') : '';
    const pair = pairOf(map, 'corrections');
    const node = pair?.value ?? null;
    const item = (indent: string) => `${indent}- date: ${date}${sep}${indent}  text: "${tk}"`;
    // The new item goes at `at`; `cut` is taken out first (an empty "[]"), so a comment on the line stays there.
    let at: number;
    let insert: string;
    let cut = { from: 0, to: 0 };
    if (!pair) {
      at = yaml.length;
      insert = `${keyIndent}corrections:${sep}${item(`${keyIndent}  `)}${sep}`;
    } else if (node === null || (isScalar(node) && node.value === null) || (isSeq(node) && node.flow && node.items.length === 0)) {
      const end = node ? trimmedEnd(yaml, rangeOf(node)[0], rangeOf(node)[1]) : afterColon(yaml, pair);
      cut = { from: afterColon(yaml, pair), to: Math.max(afterColon(yaml, pair), end) };
      at = lineEnd(yaml, end);
      insert = `${sep}${item(`${keyIndent}  `)}`;
    } else if (isSeq(node) && !node.flow && node.items.length && node.items.every((i) => isMap(i) && !i.flow)) {
      const first = rangeOf(node)[0];
      const last = node.items[node.items.length - 1] as Node;
      at = lineEnd(yaml, trimmedEnd(yaml, rangeOf(last)[0], rangeOf(last)[1]));
      insert = `${sep}${item(yaml.slice(lineStart(yaml, first), first).replace(/\S/g, ' '))}`;
    } else {
      return { ok: false, reason: 'corrections is written in a way the desk does not add to; add the correction in the text' };
    }
    const newYaml = yaml.slice(0, cut.from) + yaml.slice(cut.to, at) + insert + yaml.slice(at);
    at -= cut.to - cut.from;
    const before = JSON.parse(dataOf(yaml) ?? '{}') as Record<string, unknown>;
    const listed = Array.isArray(before.corrections) ? before.corrections : [];
    if (dataOf(newYaml) !== JSON.stringify({ ...before, corrections: [...listed, { date, text: tk }] })) {
      return { ok: false, reason: 'the desk could not add a correction here without changing something else; add it in the text' };
    }
    const from = block.start + at + insert.lastIndexOf(tk);
    return { ok: true, text: text.slice(0, block.start) + newYaml + text.slice(block.end), from, to: from + tk.length };
  } catch (error) {
    return { ok: false, reason: `the desk could not add a correction (${String(error).split('\n')[0]})` };
  }
}
