import fs from 'node:fs';
import path from 'node:path';

const file = (pkg: string, name: string) => fs.readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files', name));

let fonts: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[] | undefined;

/** Fonts for share images only (read at build time); pages themselves use system fonts. */
export function shareImageFonts() {
  fonts ??= [
    { name: 'Serif', data: file('source-serif-4', 'source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Sans', data: file('inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: file('inter', 'inter-latin-600-normal.woff'), weight: 600, style: 'normal' },
  ];
  return fonts;
}
