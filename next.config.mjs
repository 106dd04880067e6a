import createMDX from '@next/mdx';

// Turbopack takes MDX plugins by package name, not as functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: [['remark-frontmatter', ['yaml']], 'remark-smartypants'],
    rehypePlugins: ['rehype-slug'],
  },
});

// Files named page.dev.tsx (the styleguide) are pages in `next dev` only, never in the export.
const development = process.env.NODE_ENV === 'development';

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: development ? ['dev.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  // A plain static site: out/ deploys unchanged to any static host or CDN.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default withMDX(nextConfig);
