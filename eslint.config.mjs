import fs from 'node:fs';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layers of the code, lowest first (README, "Layers"). A module may import its own layer and
 * the layers below it, never one above: so the content model runs without React or Next (the
 * check, the editing desk), charts draw without the content model, and no page is needed to
 * write a feed or a share card. Paths are folders or files from the repository root.
 */
const LAYERS = [
  // Words, addresses, dates and problems: what every other layer speaks in.
  { name: 'core', paths: ['lib/i18n', 'lib/problems.ts', 'lib/zod-problems.ts', 'lib/limits.ts', 'lib/text-rules.ts', 'lib/slug.ts', 'lib/site.ts', 'lib/format.ts', 'lib/share.ts', 'lib/embed.ts', 'lib/feed-paths.ts'] },
  // Chart data files: schema, loading, validation, French overlays.
  { name: 'data', paths: ['lib/data'] },
  // Everything drawn or written from one dataset: scales, layouts, words, figures, the SVG tree, the CSV.
  { name: 'charts', paths: ['lib/charts'] },
  // Stories: parsing, checks, derived fields. Below charts it could not resolve a <Figure>'s value.
  { name: 'content', paths: ['lib/content'] },
  // What the site publishes about stories without React components: metadata, JSON-LD, editions, feeds, share cards.
  { name: 'site', paths: ['lib/metadata.ts', 'lib/jsonld.ts', 'lib/editions.ts', 'lib/feeds.ts', 'lib/share-image'] },
  // React components, and the one map from a story's elements to them.
  { name: 'components', paths: ['components', 'mdx-components.tsx'], except: ['components/pages'] },
  // Whole pages, one component per page for both editions.
  { name: 'pages', paths: ['components/pages'] },
  // Next's routes, and the route factories they call (app/_routes/).
  { name: 'routes', paths: ['app'] },
  // Build steps, checks and tools: on top, imported by nothing.
  { name: 'scripts', paths: ['scripts'] },
];

// A new file or folder in lib/ must be given a layer, or the rules above would not see it.
const layered = LAYERS.flatMap((layer) => layer.paths);
const unplaced = fs.readdirSync('lib').map((name) => `lib/${name}`).filter((p) => !layered.includes(p));
if (unplaced.length) throw new Error(`eslint.config.mjs: give ${unplaced.join(', ')} a layer in LAYERS (README, "Layers").`);

// A folder as a target matches everything in it; a layer that excludes a sub-folder lists its other entries instead.
const targetsOf = (layer) =>
  layer.paths.flatMap((p) => (layer.except?.some((e) => e.startsWith(`${p}/`)) ? [`${p}/!(${layer.except.map((e) => e.slice(p.length + 1)).join('|')})/**`, `${p}/*.*`] : [p]));

const zones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: targetsOf(layer),
  from: LAYERS.slice(i + 1).flatMap((above) => above.paths),
  message: `The ${layer.name} layer may not import from a layer above it (${LAYERS.slice(i + 1).map((l) => l.name).join(', ')}); see "Layers" in README.md.`,
}));

// The page script (components/enhance/) runs in the reader's browser: plain helpers only, never server modules or React.
// (A zone's `from` is all globs or all paths, hence two zones.)
const browser = 'The page script runs in the browser: it may not import server modules or React components.';
zones.push(
  { target: ['components/enhance'], from: ['lib/content', 'lib/data', 'lib/share-image', 'lib/metadata.ts', 'lib/jsonld.ts', 'lib/editions.ts', 'lib/feeds.ts', 'mdx-components.tsx'], message: browser },
  { target: ['components/enhance'], from: ['components/!(enhance)/**', 'components/*.*'], message: browser },
);

const config = [
  ...nextVitals,
  ...nextTs,
  // Plain <a> on purpose: the site is static files, and a client router costs more than a page load.
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
    },
    // The import rules need our own files' imports, never a package's: without this, no-cycle
    // parsed next, react and d3 as well, and took 85% of the whole lint (35 of 43 s in npm test).
    // (Settings apply to every file this block matches, the no-cycle block's included.)
    settings: { 'import/ignore': ['node_modules'] },
  },
  {
    // Type-only imports are left out by the rule: they vanish at run time. Not run from the tests:
    // nothing imports a test, so no cycle passes through one, and following the code's imports again
    // from each of them was half of the rule's time.
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['tests/**', 'e2e/**'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { ignores: ['.next/**', 'out/**', 'out.previous/**', '.test-build/**', '.bench/**', 'public/assets/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
