import { describe, expect, test } from 'vitest';
import { ELLIPSIS, fitText, type FitSpec } from '@/lib/share-image/fit-text';
import { inkExtent, textWidth, type Face } from '@/lib/share-image/font-metrics';

// Measured with the card's real title font, as the card is.
const SERIF: Face = { family: 'Serif', weight: 700 };
const measure = (text: string, size: number) => textWidth(text, SERIF, size);
const box: FitSpec = { width: 578, height: 300, maxSize: 52, minSize: 32, lineHeight: 1.12, ink: inkExtent(SERIF) };

const SHORT = 'Four days to a deal';
const LONG = 'How a US order on 3M masks tested Canada in April 2020, and how a deal announced four days later promised to keep them coming';
const ENDLESS = Array.from({ length: 8 }, () => LONG).join(' and then ');

describe('fitting a title into its box with the real font', () => {
  test('a short title keeps the largest size, whole', () => {
    const fitted = fitText(SHORT, box, measure);
    expect(fitted).toMatchObject({ size: 52, lines: [SHORT], cut: false });
  });

  test('a long title shrinks, breaks only between words, and every word is kept', () => {
    const fitted = fitText(LONG, box, measure);
    expect(fitted.size).toBeLessThan(52);
    expect(fitted.size).toBeGreaterThanOrEqual(32);
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.join(' ')).toBe(LONG);
    expect(fitted.lines.length).toBeGreaterThan(1);
    for (const line of fitted.lines) expect(measure(line, fitted.size), line).toBeLessThanOrEqual(box.width);
    expect(fitted.inkHeight).toBeLessThanOrEqual(box.height);
  });

  test('it takes the largest size that fits: one size up, the same text no longer fits', () => {
    const fitted = fitText(LONG, box, measure);
    const bigger = fitText(LONG, { ...box, maxSize: fitted.size + 1, minSize: fitted.size + 1 }, measure);
    expect(bigger.cut).toBe(true);
  });

  test('a title too long even at the floor is cut at a word boundary with "…", never mid-word', () => {
    const fitted = fitText(ENDLESS, box, measure);
    expect(fitted.size).toBe(32);
    expect(fitted.cut).toBe(true);
    const last = fitted.lines.at(-1)!;
    expect(last.endsWith(ELLIPSIS)).toBe(true);
    const kept = fitted.lines.join(' ').slice(0, -ELLIPSIS.length);
    expect(ENDLESS.startsWith(kept)).toBe(true);
    expect(ENDLESS[kept.length]).toBe(' ');
    for (const line of fitted.lines) expect(measure(line, 32), line).toBeLessThanOrEqual(box.width);
    expect(fitted.inkHeight).toBeLessThanOrEqual(box.height);
  });

  test('a hyphenated compound too long for one line breaks after a hyphen', () => {
    const narrow = { ...box, width: 300, minSize: 40, maxSize: 40 };
    const fitted = fitText('Cross-border-supply-chain-dependence', narrow, measure);
    expect(fitted.lines.join('')).toBe('Cross-border-supply-chain-dependence');
    for (const line of fitted.lines.slice(0, -1)) expect(line.endsWith('-'), line).toBe(true);
  });

  test('one word wider than the line at the floor is cut between letters, and nothing follows it', () => {
    const fitted = fitText('Pneumonoultramicroscopicsilicovolcanoconiosis strikes', { ...box, width: 300 }, measure);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]).toMatch(/^Pneumono\w+…$/);
    expect(measure(fitted.lines[0], 32)).toBeLessThanOrEqual(300);
  });
});

describe('where a line may not break', () => {
  test('never at a no-break space ("35\u00a0million" stays on one line)', () => {
    const narrow = { ...box, width: 330, minSize: 40, maxSize: 40 };
    const text = 'Output reached 35\u00a0million in March';
    const fitted = fitText(text, narrow, measure);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.some((l) => l.includes('35\u00a0million'))).toBe(true);
  });
});
