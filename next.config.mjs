import os from 'node:os';

// Files named page.dev.tsx (the styleguide) are pages in `next dev` only, never in the export.
const development = process.env.NODE_ENV === 'development';

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: development ? ['dev.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  // A plain static site: out/ deploys unchanged to any static host or CDN.
  output: 'export',
  // scripts/build.mjs sets EXPORT_DIR from OUT_DIR: with output 'export', a distDir other than
  // .next names the folder the site is exported to (build files stay in .next).
  ...(process.env.EXPORT_DIR && process.env.EXPORT_DIR !== 'out' ? { distDir: process.env.EXPORT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // npm test type-checks the whole project (tsc --noEmit) before it builds; a second pass inside
  // every build would only add time, and editors, who build, never change the TypeScript.
  typescript: { ignoreBuildErrors: true },
  // Next renders pages with one worker fewer than the machine has cores; its main process is idle
  // meanwhile, so use them all (here 2: static generation of 1,003 stories took 94 s instead of 126 s).
  experimental: { cpus: os.availableParallelism() },
};

export default nextConfig;
