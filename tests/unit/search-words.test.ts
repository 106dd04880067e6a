import { describe, expect, test } from 'vitest';
import { searchWords, typographic } from '@/components/enhance/search';

describe('the search page’s words in and out of Pagefind', () => {
  test('French: an elided article or pronoun typed with a word is left out of the search, with either apostrophe', () => {
    expect(searchWords('l’interdépendance', 'fr-CA')).toBe('interdépendance');
    expect(searchWords("l'interdépendance", 'fr-CA')).toBe('interdépendance');
    expect(searchWords('masques d’Ottawa qu’il', 'fr-CA')).toBe('masques Ottawa il');
    expect(searchWords('« L’entente »', 'fr-CA')).toBe('« entente »');
    // Not an elision: a word that ends in a letter before the apostrophe, or an apostrophe alone.
    expect(searchWords('aujourd’hui', 'fr-CA')).toBe('aujourd’hui');
    expect(searchWords('l’', 'fr-CA')).toBe('l’');
    // English keeps what was typed: "d'Arcy" and "Canada's" are words of their own.
    expect(searchWords("d'Arcy Canada's", 'en-CA')).toBe("d'Arcy Canada's");
  });

  test('excerpts get their typographic apostrophes back, and French its no-break spaces', () => {
    expect(typographic('Canada&#39;s <mark>case</mark>', 'en-CA')).toBe('Canada’s <mark>case</mark>');
    expect(typographic('des « conséquences » : l&#x27;<mark>interdépendance</mark> ?', 'fr-CA')).toBe('des «\u00a0conséquences\u00a0»\u00a0: l’<mark>interdépendance</mark>\u00a0?');
    expect(typographic('a « b » c', 'en-CA')).toBe('a « b » c');
  });
});
