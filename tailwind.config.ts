import type { Config } from 'tailwindcss';

/** Loaded from app/globals.css with @config; colours and type live here so every page agrees. */
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      fontFamily: {
        // System fonts only: nothing to download, nothing to delay the text.
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      colors: {
        accent: { DEFAULT: '#b91c1c', dark: '#f87171' },
      },
      maxWidth: { prose: '40rem' },
    },
  },
} satisfies Config;
