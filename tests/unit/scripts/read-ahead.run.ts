// Run by tests/unit/scripts/story-workers.test.ts under tsx (as npm run check runs): reads the
// stories of CONTENT_DIR ahead in CHECK_THREADS workers and prints what each way of reading gave.
import { readContent } from '../../../lib/content/disk';
import { parseStory } from '../../../lib/content/story-file';
import { readAhead } from '../../../scripts/lib/story-workers';

const { input, display } = readContent();
const stories = input.files.filter((f) => f.path.endsWith('.mdx')).map((f) => ({ file: display(f.path), text: f.text }));
// Each story several times over, in workers only (HERE=1: in this thread too).
const many = Array.from({ length: 10 }, (_, i) => stories.map((s) => ({ ...s, file: `${s.file}#${i}` }))).flat();
const { read, byWorkers } = await readAhead(many, Number(process.env.CHECK_THREADS), { here: process.env.HERE === '1' });
const paths: (readonly PropertyKey[])[] = [[], ['translationOf'], ['corrections'], ['corrections', 0, 'date'], ['title'], ['no-such-field']];
const same = many.every(({ file, text }) => {
  const own = parseStory(file, text);
  const ahead = read.get(file)!.parsed;
  const { positionOf: a, ...restOwn } = own.frontmatter;
  const { positionOf: b, ...restAhead } = ahead.frontmatter;
  return JSON.stringify({ ...own, frontmatter: restOwn }) === JSON.stringify({ ...ahead, frontmatter: restAhead }) && paths.every((p) => JSON.stringify(a(p)) === JSON.stringify(b(p)));
});
const traduction = [...read].find(([file]) => file.endsWith('fr/traduction.mdx#0'))?.[1].parsed;
console.log(JSON.stringify({ stories: many.length, read: read.size, byWorkers, same, corrections: traduction?.frontmatter.positionOf(['corrections']) }));
