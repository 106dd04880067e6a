import { describe, expect, test } from 'vitest';
import { frenchNoBreaks } from '@/lib/i18n/french';

const shown = (s: string) => frenchNoBreaks(s).replace(/\u2011/g, '‑').replace(/\u00a0/g, '_');

describe('what a French line must not break inside', () => {
  test('every hyphen of a word that starts with a capital: names and codes', () => {
    expect(shown('les États-Unis, la COVID-19, l’Île-du-Prince-Édouard')).toBe('les États‑Unis, la COVID‑19, l’Île‑du‑Prince‑Édouard');
  });

  test('not a compound of lower-case words, a date written in figures, or English words', () => {
    expect(shown('la vice-première ministre, 2020-04-06, the U.S.-produced masks')).toBe('la vice-première ministre, 2020-04-06, the U.S.-produced masks');
  });

  test('a month keeps its day and its year', () => {
    expect(shown('le 5 avril 2020, le 1er avril, en janvier 2021, Mars 2020')).toBe('le 5_avril_2020, le 1er_avril, en janvier_2021, Mars_2020');
    expect(shown('en marsa 2020, mars 20201, 12 mai')).toBe('en marsa 2020, mars 20201, 12_mai');
  });

  test('a typed space before : ; ! ? » and after « does not break', () => {
    expect(shown('Sources : articles ; « manigances » ! Pourquoi ?')).toBe('Sources_: articles_; «_manigances_»_! Pourquoi_?');
    expect(shown('https://exemple.ca/a?b 3:00 «_déjà_»'.replace(/_/g, '\u00a0'))).toBe('https://exemple.ca/a?b 3:00 «_déjà_»');
  });

  test('a number keeps its « millions »', () => {
    expect(shown('environ 6 millions par mois, 1,5 million, 35 millions, 2 milliards')).toBe('environ 6_millions par mois, 1,5_million, 35_millions, 2_milliards');
    expect(shown('6 millionnaires, des millions de masques, 3M millions')).toBe('6 millionnaires, des millions de masques, 3M millions');
  });

  test('« M. », « MM. », « Mme » keep the name after them', () => {
    expect(shown('parler à M. Trump, MM. Trudeau et Ford, Mme Freeland et Mmes Anand et Hajdu')).toBe('parler à M._Trump, MM._Trudeau et Ford, Mme_Freeland et Mmes_Anand et Hajdu');
    expect(shown('la taille M. puis, en 2 M. de masques, Mme. x, ÉTM. Trump')).toBe('la taille M. puis, en 2 M. de masques, Mme. x, ÉTM. Trump');
  });

  test('twice is once', () => {
    const once = frenchNoBreaks('les États-Unis le 5 avril 2020');
    expect(frenchNoBreaks(once)).toBe(once);
  });
});
