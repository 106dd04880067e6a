import createMDX from '@next/mdx';

// Turbopack takes MDX plugins by package name, not as functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: [['remark-frontmatter', ['yaml']], 'remark-smartypants'],
    rehypePlugins: ['rehype-slug'],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A plain static site: out/ deploys unchanged to any static host or CDN.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Drafts render in development only; see lib/content/stories.ts.
};

export default withMDX(nextConfig);
