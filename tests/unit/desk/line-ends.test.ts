import { describe, expect, test } from 'vitest';
import { lineEndsOf } from '@/app/desk/(tools)/edit/line-ends';

describe('the desk editor’s line separator', () => {
  test('a file with one kind of line end keeps it', () => {
    expect(lineEndsOf('a\nb\n')).toEqual({ separator: '\n', mixed: false });
    expect(lineEndsOf('a\r\nb\r\n')).toEqual({ separator: '\r\n', mixed: false });
    expect(lineEndsOf('a\rb\r')).toEqual({ separator: '\r', mixed: false });
    expect(lineEndsOf('one line')).toEqual({ separator: '\n', mixed: false });
  });
  test('a file that mixes them is marked, whichever two kinds', () => {
    expect(lineEndsOf('a\r\nb\n').mixed).toBe(true);
    expect(lineEndsOf('a\rb\n').mixed).toBe(true);
    expect(lineEndsOf('a\r\nb\r').mixed).toBe(true);
  });
});
