import fs from 'node:fs';
import path from 'node:path';

/** Reads a font file from @fontsource, looking in node_modules here and in the folders above, as Node does. */
function file(pkg: string, name: string): Buffer {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@fontsource', pkg, 'files', name);
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate);
    if (dir === path.dirname(dir)) throw new Error(`Font not found: @fontsource/${pkg}/files/${name} (run npm install)`);
  }
}

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
