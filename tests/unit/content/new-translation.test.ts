import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { translationSource } from '@/lib/content/new-translation';
import { checkContent } from './helpers';

const FIXTURE = 'tests/fixtures/new-translation/content';
const original = fs.readFileSync(`${FIXTURE}/stories/original.mdx`, 'utf8');
const started = translationSource(original, 'original', '2026-11-29T17:00:00-05:00');

describe('starting a translation (npm run new-story -- --translate)', () => {
  test('frontmatter: translationOf, TK placeholders with the English beside them, tags, source dates and links, corrections with their dates, a draft', () => {
    expect(started.slice(0, started.indexOf('\n---\n', 4) + 5)).toBe(`---
translationOf: original
title: "TK" # Fixture original
dek: "TK" # An English story to start a translation from.
byline:
  - "TK" # Explainer Desk
published: 2026-11-29T17:00:00-05:00
tags:
  - canada
  - trade
draft: true
sources:
  - name: "TK" # A news report
    date: 2020-04-05
    url: https://example.com/report
corrections:
  - date: 2026-11-22
    text: "TK" # An earlier version gave the wrong month.
---
`);
  });

  test('body: the structure, every chart and figure in place, a <Quote> for each quotation, everything else TK', () => {
    expect(started.slice(started.indexOf('\n---\n', 4) + 5)).toBe(`
TK

## TK: What happened

<Chart id="fixture-line" />

TK <Figure chart="fixture-line" value="2021-01" /> TK <Figure chart="fixture-line" value="2021-03" /> TK « <Quote original="We secured the gadgets.">TK</Quote> » TK « <Quote original="we don't give up.">TK</Quote> » TK

> TK « <Quote original="We will not retaliate.">TK</Quote> » TK
>
> TK

### TK: The numbers

- TK <Figure chart="fixture-column" value="Doohickeys" /> TK
- TK
`);
  });

  test('npm run check on the fresh translation reports only its placeholders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-'));
    fs.mkdirSync(`${dir}/fr`);
    fs.copyFileSync(`${FIXTURE}/stories/original.mdx`, `${dir}/original.mdx`);
    fs.writeFileSync(`${dir}/fr/traduction.mdx`, started);
    const { problems } = checkContent({ storiesDir: dir, dataDir: 'tests/unit/charts/fixtures/valid' });
    expect(problems.length).toBeGreaterThan(10);
    const placeholders = problems.filter((p) => p.expected === 'finished copy' && p.severity === 'warning' && p.found === '"TK"');
    expect(problems.filter((p) => !placeholders.includes(p))).toEqual([]);
    // Each is named by where it is: a frontmatter field by its name, the body's by what it is.
    expect(new Set(placeholders.map((p) => p.field))).toEqual(new Set(['title', 'dek', 'byline[0]', 'sources[0].name', 'corrections[0].text', 'placeholder text']));
  });

  // The refusals' own words are the plan's (tests/unit/desk/new-story.test.ts): here, what the command
  // adds to them, once, since each run starts tsx (about 4 s of CPU).
  test('the command writes the files and lists them; a refusal names its flag', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
    fs.cpSync(FIXTURE, `${site}/content`, { recursive: true });
    // One of the charts it shows, with no French words yet: the command starts them too.
    fs.mkdirSync(`${site}/content/data`);
    fs.copyFileSync('tests/unit/charts/fixtures/valid/fixture-line.json', `${site}/content/data/fixture-line.json`);
    const run = (...args: string[]) => spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/new-story.ts'), ...args], { cwd: site, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content' } });
    const first = run('--translate', 'original', '--slug', 'traduction');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('content/stories/fr/traduction.mdx     the French edition of content/stories/original.mdx (a draft)\n  content/data/fr/fixture-line.json     the French words of its chart fixture-line\n');
    expect(JSON.parse(fs.readFileSync(`${site}/content/data/fr/fixture-line.json`, 'utf8'))).toMatchObject({ id: 'fixture-line' });
    expect(fs.readFileSync(`${site}/content/stories/fr/traduction.mdx`, 'utf8')).toMatch(/^translationOf: original$/m);
    expect(run('--translate', 'original', '--slug', 'Le Bras').stderr).toBe('--slug: expected lowercase words without accents joined by hyphens, like le-bras-de-fer, found "Le Bras"\n');
  }, 60_000);
});
