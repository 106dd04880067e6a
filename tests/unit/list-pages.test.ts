/**
 * Lists cut into pages (the home page and each topic's): the addresses of the later pages, the
 * catch-all values that name them, and the page size an editor's setting gives.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { pageKey } from '@/app/_routes/changed';
import { homePageParams, pageNumbers, pageOfParam, tagPageParams } from '@/app/_routes/pages';
import { LATER_PAGE_FACTOR, pageCount, pageOf } from '@/lib/editions';
import { paths } from '@/lib/i18n/paths';
import { LIST_LENGTH, listLengthFrom, site } from '@/lib/site';

describe('the later pages of a list', () => {
  test('keep the list’s own address for the first page, then add page/<n>/, in each edition’s words', () => {
    expect([1, 2, 10].map((n) => paths('en').home(n))).toEqual(['/', '/page/2/', '/page/10/']);
    expect([1, 2].map((n) => paths('fr').home(n))).toEqual(['/fr/', '/fr/page/2/']);
    expect([1, 3].map((n) => paths('en').tag('health-care', n))).toEqual(['/tags/health-care/', '/tags/health-care/page/3/']);
    expect([1, 3].map((n) => paths('fr').tag('health-care', n))).toEqual(['/fr/sujets/sante/', '/fr/sujets/sante/page/3/']);
  });

  test('are named by the catch-all’s parts, which give the page back, and are keyed as the page plan keys them', () => {
    for (const page of pageNumbers(12)) expect(pageOfParam(homePageParams(page).page)).toBe(page);
    expect(homePageParams(1).page).toEqual([]);
    expect(pageOfParam(undefined)).toBe(1);
    expect(pageKey(homePageParams(1))).toBe('');
    expect(pageKey(homePageParams(3))).toBe('page/3');
    expect(pageKey(tagPageParams('trade', 2))).toBe('trade/page/2');
    expect(pageKey({ slug: 'a-story' })).toBe('a-story');
  });

  test('no other address names a page: not page/1 (the list’s own), 0, signs, leading zeros, words or more parts', () => {
    for (const parts of [['page', '1'], ['page', '0'], ['page', '-2'], ['page', '02'], ['page', '2.5'], ['page', 'two'], ['page'], ['2'], ['pages', '2'], ['page', '2', 'x'], ['page', '9999999'], ['page', ' 2']]) {
      expect(pageOfParam(parts), parts.join('/')).toBeUndefined();
    }
  });
});

describe('a list cut into pages (two stories on the first, as the fixture site sets LIST_LENGTH; ten on each later one)', () => {
  test('every story on exactly one page, in order; the first page holds LIST_LENGTH, a later one five times that', () => {
    expect(site.listLength).toBe(2);
    expect(LATER_PAGE_FACTOR).toBe(5);
    for (const n of [0, 1, 2, 3, 12, 13, 25, 101]) {
      const stories = Array.from({ length: n }, (_, i) => i);
      const pages = pageNumbers(pageCount(n)).map((page) => pageOf(stories, page));
      expect(pages.flat(), `${n} stories`).toEqual(stories);
      expect(pages[0].length, `${n} stories`).toBe(Math.min(n, 2));
      for (const later of pages.slice(1)) expect(later.length).toBeGreaterThan(0);
      for (const later of pages.slice(1, -1)) expect(later.length).toBe(10);
    }
    expect([0, 2, 3, 12, 13, 22, 23].map(pageCount)).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });
});

describe('LIST_LENGTH', () => {
  test('a whole number from 1 to 1,000 sets the stories a page; unset, 20', () => {
    expect(listLengthFrom(undefined)).toEqual({ length: LIST_LENGTH });
    expect(LIST_LENGTH).toBe(20);
    expect(listLengthFrom(' 12 ')).toEqual({ length: 12 });
    expect(listLengthFrom('1')).toEqual({ length: 1 });
    expect(listLengthFrom('1000')).toEqual({ length: 1000 });
  });

  test('anything else is refused with what was found, and lists keep 20 on a first page', () => {
    for (const value of ['0', '-5', '2.5', 'twenty', '1001', '20 stories', '1e3', '0x10', '2O']) {
      const { length, problem } = listLengthFrom(value);
      expect(length, value).toBe(20);
      expect(problem, value).toBe(`LIST_LENGTH: expected a whole number of stories from 1 to 1000, found ${JSON.stringify(value)}`);
    }
  });

  test('npm run check (every build\u2019s first step) stops on one, naming it', () => {
    const run = spawnSync(process.execPath, ['scripts/check.mjs'], { encoding: 'utf8', env: { ...process.env, LIST_LENGTH: '2O' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ LIST_LENGTH: expected a whole number of stories from 1 to 1000, found "2O"; nothing was checked');
    expect(run.stdout).not.toContain('checked in');
  });
});
