import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // Plain <a> on purpose: the site is static files, and a client router costs more than a page load.
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  { ignores: ['.next/**', 'out/**', 'out.previous/**', '.test-build/**', '.bench/**', 'public/assets/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
