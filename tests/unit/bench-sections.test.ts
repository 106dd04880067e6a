import { expect, test } from 'vitest';
import { keepingNotes, replaceSection } from '../../scripts/lib/bench-sections.mjs';

// The bench writes BENCHMARKS.md's figures; people write notes under its ### headings. A new run
// must replace the one and keep the other (a whole-file rewrite once dropped about 900 lines of them).

const old = `# Benchmarks

Measured on day 1.

## Build time

old figures

### Which steps grow with the archive

old steps

### Where the time goes (day 1)

a note

### A second note

more

## The desk

old desk

## Throughput

old t
`;

test('a whole new file keeps, in each section, the notes the bench does not write, after its new figures', () => {
  const next = `# Benchmarks

Measured on day 2.

## Build time

new figures

### Which steps grow with the archive

new steps

## The desk

new desk

## Throughput

new t
`;
  expect(keepingNotes(old, next)).toBe(`# Benchmarks

Measured on day 2.

## Build time

new figures

### Which steps grow with the archive

new steps

### Where the time goes (day 1)

a note

### A second note

more

## The desk

new desk

## Throughput

new t
`);
  expect(keepingNotes('', next)).toBe(next);
});

test('one section replaced keeps its notes and the other sections; a new one goes before the one named, or at the end', () => {
  const replaced = replaceSection(old, '## The desk\n\nnew desk\n\n### What these figures mean\n\nwritten by the bench\n', 'Throughput');
  expect(replaced).toBe(old.replace('old desk\n', 'new desk\n\n### What these figures mean\n\nwritten by the bench\n'));
  expect(replaceSection(old, '## Weight\n\nw\n', 'Throughput')).toBe(old.replace('## Throughput', '## Weight\n\nw\n\n## Throughput'));
  expect(replaceSection(old, '## Weight\n\nw\n')).toBe(`${old}\n## Weight\n\nw\n`);
  // A part the bench no longer writes is kept with the notes: nothing written by hand can be lost by telling them apart wrongly.
  expect(replaceSection(old, '## Build time\n\nnew figures\n', 'The desk')).toBe(old.replace('old figures', 'new figures'));
});
