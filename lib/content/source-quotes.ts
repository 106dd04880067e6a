import { parseDate } from '../charts/format';
import { figureValues } from '../charts/figures';
import { annotationsOf, type Dataset } from '../data/schema';
import type { CheckProblem, Severity } from '../problems';
import type { Loaded } from './model-types';
import { normaliseQuote, partInReport, quoteParts } from './quotes';
import { chartsShown } from './story-file';

/**
 * Quotations against the source reports: every value's `quote` (and a timeline's `dateQuote`) is
 * found as written in the report its source names, every passage an annotation quotes in one of
 * the chart's reports, and every quotation in a story (an English story's “…”, a French story's
 * <Quote original>) in some report. An invented quotation is an error wherever a published story
 * shows it; in what only drafts show, a warning.
 */

const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function sourceProblems(loaded: Loaded): CheckProblem[] {
  const reports = loaded.sources;
  if (!reports) return [];
  const all = [...reports.values()];
  const names = [...reports.keys()].sort();
  // The same words are often quoted twice (a chart and its story, two editions): look each up once.
  const found = new Map<string, boolean>();
  const inReports = (words: string, haystacks?: string[]) => {
    if (haystacks) return haystacks.some((h) => h.includes(words));
    let hit = found.get(words);
    if (hit === undefined) found.set(words, (hit = all.some((h) => h.includes(words))));
    return hit;
  };
  // A story's quotation: each part as written, the last by the newsroom's rule for its final full stop.
  const inStoryReports = (part: string, last: boolean) => {
    const key = `${last ? 'last' : 'part'}|${part}`;
    let hit = found.get(key);
    if (hit === undefined) found.set(key, (hit = all.some((h) => partInReport(part, last, h))));
    return hit;
  };
  const problems: CheckProblem[] = [];
  const published = new Set(loaded.stories.flatMap((s) => (s.draft ? [] : chartsShown(s))));
  for (const dataset of loaded.english.values()) {
    const severity: Severity = published.has(dataset.id) ? 'error' : 'warning';
    problems.push(...datasetProblems(dataset, loaded, { reports, names, inReports, severity }));
  }
  for (const story of loaded.stories) {
    const severity: Severity = story.draft ? 'warning' : 'error';
    for (const q of story.facts.quotations) {
      const parts = quoteParts(q.text);
      const missing = parts.find((part, i) => !inStoryReports(part, i === parts.length - 1));
      if (missing === undefined) continue;
      // Words that are there with other punctuation: say so, since the words themselves are right.
      const punctuation = inReports(missing.replace(/[.,;:!?]+$/, ''));
      problems.push({ file: story.file, line: q.line, column: q.column, field: story.lang === 'en' ? 'quotation' : '<Quote original>', expected: 'the words as written in one of the source reports (an ellipsis … marks words left out)', found: `"${shorten(missing)}", ${punctuation ? 'whose words a report holds, but not this punctuation' : 'which no report holds'}`, hint: punctuation ? 'keep the source’s punctuation; only a comma before a speech tag may become a full stop at the end (EDITORS.md, "Quotations")' : 'quote the report exactly, or write it as our own words without quotation marks', severity });
    }
  }
  return problems;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `speaker` is the report itself ("News report, April 5, 2020"), which may say anything in its own words. */
const isReport = (speaker: string) => /^news report\b/i.test(speaker.trim());

/**
 * Whether `quote`, credited to `speaker`, is reported speech about them: "he/she/it/they said" or
 * their name (whole, or its last word: "Trudeau") before "said", "says" or "told". Only for a
 * named speaker: the report itself ("News report, …") may say anything.
 */
export function reportsSpeech(speaker: string, quote: string): boolean {
  const name = speaker.split(',')[0].trim();
  if (!name || isReport(name)) return false;
  const names = [...new Set([name, name.split(/\s+/).at(-1)!])].map(escape).join('|');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:he|she|it|they|${names})\\s+(?:said|says|told)\\b`, 'iu').test(quote);
}

/**
 * Whether `quote` stands in `report` (normalised by normaliseReport: one paragraph a line, quotation
 * marks straight) only as the report's account of what someone said: outside quotation marks, in a
 * sentence that says someone said, told or announced it. "Anand said on Tuesday that the government
 * has secured more than 230 million surgical masks": a table would print those as her words.
 */
export function reportedSpeech(quote: string, report: string): boolean {
  const words = normaliseQuote(quote);
  if (!words) return false;
  let seen = false;
  // Quotation marks are counted from the start of the paragraph once, as the search moves on.
  let paragraph = -1;
  let counted = 0;
  let marks = 0;
  for (let at = report.indexOf(words), n = 0; at >= 0 && n < MAX_PLACES; at = report.indexOf(words, at + 1), n++) {
    const start = report.lastIndexOf('\n', at) + 1;
    if (start !== paragraph) [paragraph, counted, marks] = [start, start, 0];
    for (; counted < at; counted++) if (report[counted] === '"') marks++;
    // An odd number of quotation marks before it in its paragraph: it is inside a quotation.
    if (marks % 2 === 1) return false;
    // Its sentence: back to the last full stop before it, on to the first after it (within a reach).
    const stop = report.indexOf('\n', at);
    // (With the quote's first letter, so that a quote that starts a sentence is seen to.)
    const before = (report.slice(Math.max(start, at - REACH), at) + words[0]).split(/[.!?]\s+(?=[A-Z"])/).at(-1)!.slice(0, -1);
    const after = report.slice(at + words.length, Math.min(stop < 0 ? report.length : stop, at + words.length + REACH)).split(/(?<=[.!?])\s+(?=[A-Z"])/)[0] ?? '';
    if (!/\b(?:said|says|told|announced|stated)\b/i.test(`${before} ${after}`)) return false;
    seen = true;
  }
  return seen;
}
/** How far either side of a quote its sentence is looked for, and in how many places of a report. */
const REACH = 300;
const MAX_PLACES = 20;

type Context = { reports: Map<string, string>; names: string[]; inReports: (words: string, haystacks?: string[]) => boolean; severity: Severity };

function datasetProblems(ds: Dataset, loaded: Loaded, ctx: Context): CheckProblem[] {
  const file = loaded.display(`data/${ds.id}.json`);
  const positionOf = loaded.dataPositions.get(ds.id);
  const problems: CheckProblem[] = [];
  const say = (path: PropertyKey[], expected: string, found: string, severity = ctx.severity) =>
    problems.push({ file, ...positionOf?.(path), field: path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), ''), expected, found, severity });

  // A source that names a report names one that exists; its values are looked up there alone.
  const haystacksOf = new Map<string, string[] | undefined>();
  ds.sources.forEach((source, i) => {
    if (!source.file) return haystacksOf.set(source.id, undefined);
    const text = ctx.reports.get(source.file);
    if (text === undefined) say(['sources', i, 'file'], `the name of a source report (one of ${ctx.names.join(', ') || 'none'})`, `"${source.file}", which is not one`);
    haystacksOf.set(source.id, text === undefined ? undefined : [text]);
  });
  const where = (ref: string) => ds.sources.find((s) => s.id === ref)?.file ?? 'the source reports';

  ds.values.forEach((v, i) => {
    const haystacks = haystacksOf.get(v.sourceRef);
    const quotes: [string, string][] = [['quote', v.quote]];
    if ('dateQuote' in v && v.dateQuote) quotes.push(['dateQuote', v.dateQuote]);
    for (const [field, quote] of quotes) {
      if (!ctx.inReports(normaliseQuote(quote), haystacks)) say(['values', i, field], `words found as written in ${where(v.sourceRef)}`, `"${shorten(quote)}", which is not there`);
    }
    // A quote shown as someone's words must be theirs: one that tells what they said ("…, he said",
    // "3M said it had…") is the report's sentence, and the table would put it in their mouth.
    if (reportsSpeech(v.speaker, v.quote)) say(['values', i, 'speaker'], `the report as the speaker ("News report, <its date>") of a quote that tells what ${v.speaker.split(',')[0]} said`, `"${v.speaker}", for the report's words "${shorten(v.quote)}"`, 'warning');
    // The same where the words are the report's telling, outside quotation marks ("Anand said that the government has secured…").
    else if (!isReport(v.speaker) && haystacks?.length && haystacks.every((h) => reportedSpeech(v.quote, h))) {
      say(['values', i, 'speaker'], `the report as the speaker ("News report, <its date>") of words it tells, outside quotation marks, as what someone said`, `"${v.speaker}", for the report's own words "${shorten(v.quote)}"`, 'warning');
    }
    // A figure states what its quote says: the number, in figures or words, and its qualifier.
    if ('value' in v && typeof v.value === 'number' && v.value % 1e5 === 0) {
      const millions = v.value / 1e6;
      const forms = [`${millions} million`, `${NUMBER_WORDS[millions] ?? '∅'} million`];
      if (!forms.some((f) => v.quote.includes(f))) say(['values', i, 'value'], 'the number its quote states', `${forms[0]}, which its quote does not say: "${shorten(v.quote)}"`, 'warning');
    }
    if ('qualifier' in v && v.qualifier === 'more than' && !/more than/.test(v.quote)) say(['values', i, 'qualifier'], 'a qualifier its quote states', '"more than", which the quote does not say', 'warning');
    if ('qualifier' in v && v.qualifier === 'about' && !/\b(about|some|around|roughly)\b/.test(v.quote)) say(['values', i, 'qualifier'], 'a qualifier its quote states', '"about", which the quote does not say', 'warning');
    // A timeline's date falls on the weekday its report names, when it names one.
    if (ds.chart === 'timeline' && 'dateQuote' in v && v.dateQuote) {
      const named = WEEKDAYS.filter((d) => v.dateQuote.includes(d));
      const weekday = WEEKDAYS[parseDate(v.date).getUTCDay()];
      if (named.length && !named.includes(weekday)) say(['values', i, 'date'], `a date that falls on the ${named[0]} its dateQuote names`, `"${v.date}", a ${weekday}`);
    }
  });

  // Annotations quote only what the chart's reports say, and state only figures the chart holds.
  const chartReports = ds.sources.flatMap((s) => haystacksOf.get(s.id) ?? [...ctx.reports.values()]);
  const held = figureValues(ds).flatMap((v) => (v.value === null ? [] : [v.value / 1e6]));
  annotationsOf(ds).forEach((a, i) => {
    for (const [, quote] of a.text.matchAll(/“([^”]+)”/g)) {
      if (!ctx.inReports(normaliseQuote(quote), chartReports)) say(['annotations', i, 'text'], "words found as written in the chart's source reports", `"${shorten(quote)}", which is not there`);
    }
    for (const [, n] of a.text.matchAll(/(\d+(?:\.\d+)?)\s*million/g)) {
      if (!held.includes(Number(n))) say(['annotations', i, 'text'], 'a figure the chart holds', `${n} million, which is not one of its values`);
    }
  });
  return problems;
}
