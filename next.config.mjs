import fs from 'node:fs';
import os from 'node:os';

// Files named page.dev.tsx (the styleguide, the desk) and route.dev.ts (the desk's API) are pages
// and routes in `next dev` only, never in the export.
const development = process.env.NODE_ENV === 'development';
// `npm run desk` (scripts/desk.mjs): next dev as a server, since the desk answers POST requests and
// opens any file by its path, which a static export cannot. Never in a build.
const desk = development && process.env.DESK === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: development ? ['dev.tsx', 'dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
  // A plain static site: out/ deploys unchanged to any static host or CDN.
  ...(desk ? {} : { output: 'export' }),
  // scripts/build.mjs sets EXPORT_DIR from OUT_DIR: with output 'export', a distDir other than
  // .next names the folder the site is exported to (build files stay in .next).
  ...(process.env.EXPORT_DIR && process.env.EXPORT_DIR !== 'out' ? { distDir: process.env.EXPORT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The desk's pages carry its own Content Security Policy, as its API routes do (app/desk/_server/headers.json).
  // Next's dev badge would sit on the editor's text; the desk shows its own state.
  ...(desk ? { devIndicators: false, headers: async () => [{ source: '/desk/:path*', headers: Object.entries(JSON.parse(fs.readFileSync('app/desk/_server/headers.json', 'utf8'))).map(([key, value]) => ({ key, value })) }] } : {}),
  // npm test type-checks the whole project (tsc --noEmit) before it builds; a second pass inside
  // every build would only add time, and editors, who build, never change the TypeScript.
  typescript: { ignoreBuildErrors: true },
  // Next renders pages with one worker fewer than the machine has cores; its main process is idle
  // meanwhile, so use them all (here 2: static generation of 1,003 stories took 94 s instead of 126 s).
  experimental: { cpus: os.availableParallelism() },
};

export default nextConfig;
