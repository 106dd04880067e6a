import { describe, expect, test, vi } from 'vitest';
import { buildModel } from '@/lib/content/model';
import { location, problemMessage } from '@/lib/problems';
import { storySource } from './helpers';

// The last line of defence: a parser that throws on some input (a bug, a library's limit) must
// become a problem naming the file, and the other files must still be read.
vi.mock('@/lib/data/parse', async (original) => {
  const real = await original<typeof import('@/lib/data/parse')>();
  return {
    ...real,
    parseDataset: (text: string, file: string) => {
      if (text.includes('"explode"')) throw new TypeError('Cannot read properties of undefined');
      return real.parseDataset(text, file);
    },
  };
});

describe('an exception inside the check', () => {
  test('becomes an error naming the file; the other files are still checked', () => {
    const model = buildModel({
      files: [
        { path: 'data/bad.json', text: '{ "explode": true }' },
        { path: 'stories/x.mdx', text: storySource({ title: undefined }) },
        { path: 'stories/y.mdx', text: storySource() },
      ],
    });
    expect(model.problems.map((p) => `${location(p)} ${p.severity} ${problemMessage(p)}`)).toEqual([
      'content/data/bad.json error data file: expected content the check can read, found an error inside the check: Cannot read properties of undefined (simplify the part named, and report this so the check can name the mistake)',
      'content/stories/x.mdx:1:1 error title: expected text, found nothing (the field is missing)',
    ]);
    expect(model.stories.map((s) => s.slug)).toEqual(['y']);
  });
});
