// An archive-sized copy of the site for npm run bench: the real stories plus `extra` generated
// English stories (clones of the real ones under new names and dates), each with a French
// translation cloned from the real French story of its original. The charts are the real ones:
// generated stories embed the same figures as the story they were cloned from.
// CLI: node scripts/lib/archive.mjs <dir> <extra> [--english-only]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PARTS = ['app', 'components', 'lib', 'content', 'scripts', 'public', 'mdx-components.tsx', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

const titled = (text, prefix) => text.replace(/^title: "(.*)"$/m, (_, title) => `title: "${prefix}${title}"`);
const dated = (text, i) => text.replace(/^published: .*$/m, `published: 2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T09:00:00-05:00`);

/** Adds the generated stories to the content folder `content`; returns how many story files it holds. */
export function addArchive(content, extra, { french = true } = {}) {
  const stories = path.join(content, 'stories');
  const originals = fs.readdirSync(stories).filter((f) => f.endsWith('.mdx')).sort();
  // Each English original's French translation, found by its translationOf line.
  const frenchOf = new Map();
  const frDir = path.join(stories, 'fr');
  for (const f of fs.existsSync(frDir) ? fs.readdirSync(frDir).filter((f) => f.endsWith('.mdx')) : []) {
    const text = fs.readFileSync(path.join(frDir, f), 'utf8');
    const of = /^translationOf: (.+)$/m.exec(text)?.[1].trim();
    if (of) frenchOf.set(of, text);
  }
  let files = originals.length + frenchOf.size;
  for (let i = 0; i < extra; i++) {
    const original = originals[i % originals.length];
    const slug = `bench-${i + 1}`;
    fs.writeFileSync(path.join(stories, `${slug}.mdx`), dated(titled(fs.readFileSync(path.join(stories, original), 'utf8'), `Bench ${i + 1}: `), i));
    files++;
    const fr = frenchOf.get(original.replace(/\.mdx$/, ''));
    if (!french || !fr) continue;
    const text = dated(titled(fr, `Banc ${i + 1} : `), i).replace(/^translationOf: .+$/m, `translationOf: ${slug}`);
    fs.writeFileSync(path.join(frDir, `banc-${i + 1}.mdx`), text);
    files++;
  }
  return files;
}

/**
 * A copy of the site's sources in `dir` with `extra` generated stories. `dir` must be inside the
 * repository (npm run bench uses .bench/): the copy finds its packages in the node_modules above it,
 * and keeps its own build caches in its own node_modules/.cache.
 */
export function archiveSite(dir, extra, options) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const part of PARTS) if (fs.existsSync(path.join(ROOT, part))) fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  return { dir, files: addArchive(path.join(dir, 'content'), extra, options) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, extra] = process.argv.slice(2);
  if (!dir || !/^\d+$/.test(extra ?? '')) {
    console.error('usage: node scripts/lib/archive.mjs <dir> <extra stories> [--english-only]');
    process.exit(2);
  }
  const { files } = archiveSite(path.resolve(dir), Number(extra), { french: !process.argv.includes('--english-only') });
  console.log(`${dir}: ${files} story files`);
}
