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
  // A plain static site: out/ deploys unchanged to any static host or CDN. Not in next dev: there,
  // 'export' makes every dynamic page without the requested path in generateStaticParams a 500,
  // and the desk's pages (/desk/edit/<any file>) cannot list their paths, so plain next dev answered
  // 500 where it should say 404 (the pages call deskOnly()). The site's own dynamic pages set
  // dynamicParams = false, so an unknown path is still a 404 in dev; npm run build checks the rest.
  ...(development ? {} : { output: 'export' }),
  // scripts/build.mjs sets EXPORT_DIR from OUT_DIR: with output 'export', a distDir other than
  // .next names the folder the site is exported to (build files stay in .next).
  ...(process.env.EXPORT_DIR && process.env.EXPORT_DIR !== 'out' ? { distDir: process.env.EXPORT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The desk's pages carry its own Content Security Policy, as its API routes do (app/desk/_server/headers.json).
  // Next's dev badge would sit on the editor's text; the desk shows its own state.
  // allowedDevOrigins: next dev refuses its scripts and live reload to pages of other names than
  // localhost; the desk on a newsroom's network is reached by the names scripts/desk.mjs allows.
  // The editor's address was /desk/edit/<file> before it became /desk/edit/?file=<file> (app/desk/address.ts): an editor's bookmark still opens the file.
  ...(desk ? { devIndicators: false, allowedDevOrigins: (process.env.DESK_HOSTS ?? '').split(',').filter(Boolean), headers: async () => [{ source: '/desk/:path*', headers: Object.entries(JSON.parse(fs.readFileSync('app/desk/_server/headers.json', 'utf8'))).map(([key, value]) => ({ key, value })) }], redirects: async () => [{ source: '/desk/edit/:file(.+)', destination: '/desk/edit/?file=:file', permanent: false }] } : {}),
  // npm test type-checks the whole project (tsc --noEmit) before it builds; a second pass inside
  // every build would only add time, and editors, who build, never change the TypeScript.
  typescript: { ignoreBuildErrors: true },
  // Next renders pages with one worker fewer than the machine has cores; its main process is idle
  // meanwhile, so use them all (here 2: static generation of 1,003 stories took 94 s instead of 126 s).
  experimental: {
    cpus: os.availableParallelism(),
    // Turbopack's build cache (on by default in Next 16.4) wrote .next/cache while the pages were
    // generated, on the same two cores, and kept the build's dependency graph in memory for it.
    // A cold build never reads it back; TURBOPACK_BUILD_CACHE=1 keeps it, for a build that will.
    turbopackFileSystemCacheForBuild: process.env.TURBOPACK_BUILD_CACHE === '1',
    // next dev's cache (on by default) makes the desk's next start quick. The tests' throwaway
    // copies never start twice, and writing it cost them about 6% of the desk tests' CPU.
    turbopackFileSystemCacheForDev: process.env.TURBOPACK_DEV_CACHE !== '0',
    // On by default in Next 16.4: for each page, a second pass renders every segment's prefetch
    // response once more and gzips it, only to decide which segments the client router should
    // fetch together. The export's pages carry no client router (scripts/strip-runtime.mjs removes
    // it, and the build drops the segment files), so the pass was pure cost.
    prefetchInlining: false,
    // Source maps of the compiled code, for a developer's stack traces (next dev's overlay, a page
    // that fails to render in a build); never in out/. The tests' copies and the fixture build turn
    // them off (TURBOPACK_SOURCE_MAPS=0): out/ is byte-identical, and making them cost about a tenth
    // of next dev's CPU for the desk's start and first editor loads, and 2 s of the fixture build.
    turbopackSourceMaps: process.env.TURBOPACK_SOURCE_MAPS !== '0',
  },
};

export default nextConfig;
