import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shareImageResponse } from '@/lib/share-image/render';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const input = { lang: 'en' as const, kicker: 'Chart', title: 'A card drawn once', dek: 'Then read back.', footer: 'example.org' };

describe('share cards are drawn once per input', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  beforeAll(() => void (process.env.CARD_CACHE = cache));
  afterAll(() => void delete process.env.CARD_CACHE);

  test('a new input is drawn and kept; the same input is read back, not drawn again; another input is drawn', async () => {
    const first = await bytes(await shareImageResponse(input));
    expect([...first.slice(0, 4)]).toEqual(PNG);
    const [kept] = fs.readdirSync(cache);
    expect(kept).toMatch(/^[0-9a-f]{64}\.png$/);

    // Replace what was kept: if the next call returns it, nothing was drawn.
    fs.writeFileSync(path.join(cache, kept), 'kept');
    expect(new TextDecoder().decode(await bytes(await shareImageResponse({ ...input })))).toBe('kept');

    const other = await bytes(await shareImageResponse({ ...input, title: 'A corrected title' }));
    expect([...other.slice(0, 4)]).toEqual(PNG);
    expect(fs.readdirSync(cache)).toHaveLength(2);
  });
});
