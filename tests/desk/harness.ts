import fs from 'node:fs';
import { beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { siteAt } from '../build/site-copy';

/**
 * One Chromium, one context and one tab for every desk test file: the files run one after another
 * in one worker, which shares this module (isolate: false), so a file's first editor load is not a
 * cold one either. Playwright closes the browser when the worker exits.
 */
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let kept: Page | undefined;

/**
 * What every desk test file shares: the one desk started by global-setup.ts, the copy of the site
 * it runs on, its git repository, the browser, and the ways to read the editor.
 */
export function deskSession() {
  const { dir, gitDir, port, logFile, session } = inject('desk');
  const ORIGIN = `http://127.0.0.1:${port}`;
  /** The desk asks for a password (global-setup.ts): every tab and request carries the session it signed in with. */
  const COOKIE = `desk-session=${session}`;
  const signIn = (into: BrowserContext) => into.addCookies([{ name: 'desk-session', value: session, domain: '127.0.0.1', path: '/desk', httpOnly: true, sameSite: 'Strict' }]);
  const site = siteAt(dir);
  const gitEnv = { GIT_DIR: gitDir, GIT_WORK_TREE: dir, GIT_AUTHOR_NAME: 'Desk Test', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk Test', GIT_COMMITTER_EMAIL: 'desk@example.org' };
  const git = (...args: string[]) => {
    const result = site.run('git', args, gitEnv);
    expect(result.status, result.output).toBe(0);
    return result.output.trim();
  };
  /**
   * The one tab, made as a new tab would be for the test: on a blank page of the desk's
   * origin, with no storage, cookies, permissions, listeners or routes left from the test before, at
   * the given width and in the light scheme. Why one tab: each new tab is a new renderer process,
   * which compiles next dev's scripts for the editor (5.7 MB) again: 3.1 s of Chromium's CPU a load
   * on this machine, against 1.0 s for a load in a tab that has compiled them before.
   */
  async function tab({ viewport = { width: 1280, height: 720 } } = {}): Promise<Page> {
    if (!kept || kept.isClosed()) {
      context ??= await browser!.newContext();
      kept = await context.newPage();
    }
    const page = kept;
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // An editor with unsaved text asks before it is left (beforeunload): leave it. Its copy of the
    // text (localStorage) is then removed with the rest of the origin's storage.
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(`${ORIGIN}/icon.svg`);
    page.removeAllListeners('dialog');
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await context!.clearCookies();
    await signIn(context!);
    await context!.clearPermissions();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    return page;
  }

  beforeAll(async () => {
    if (browser?.isConnected()) return;
    [context, kept] = [undefined, undefined];
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });
  return {
    ORIGIN,
    port,
    site,
    git,
    gitEnv,
    /** A new browser context (a browser of its own: its tabs share nothing with the one tab's), signed in. */
    async newContext(): Promise<BrowserContext> {
      const made = await browser!.newContext();
      await signIn(made);
      return made;
    },
    /** A GET of a desk page or file, signed in. */
    get: (url: string | URL) => fetch(url, { headers: { Cookie: COOKIE } }),
    tab,
    /** What the desk has printed so far (next dev's request log included). */
    log: () => fs.readFileSync(logFile, 'utf8'),
    /** A request to the desk's API as a script would send it, signed in, with the headers given. */
    api: (route: string, body: unknown, headers: Record<string, string> = { Origin: ORIGIN }) =>
      fetch(`${ORIGIN}/desk/api/${route}/`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: COOKIE, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}

/** Where line and column (1-based) fall in a text: counted here, independently of the desk. */
export const offsetAt = (text: string, line: number, column: number) => text.split('\n').slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;

export const source = (page: Page) => page.getByRole('textbox', { name: 'Story source' });
export const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

/**
 * The editor's document and cursor, read from CodeMirror itself: its DOM draws only the lines in
 * view, so the text box's innerText is not the whole file. (cmTile is how @codemirror/view finds its
 * view from the DOM, EditorView.findFromDOM; the test has no access to the page's modules.)
 */
export const editorState = (page: Page) =>
  page.locator('.cm-content').evaluate((el) => {
    const view = (el as unknown as { cmTile: { root: { view: { state: { sliceDoc(): string; selection: { main: { head: number } } }; hasFocus: boolean } } } }).cmTile.root.view;
    // sliceDoc joins the lines with the state's line separator: the text Save writes.
    return { text: view.state.sliceDoc(), head: view.state.selection.main.head, focused: view.hasFocus };
  });
/** A time as the desk writes it (said.ts) in the newsroom's zone, months in Canadian Press style: "Nov. 16, 2026, 9 a.m. ET", "March 1, 2026, 12:05 p.m. ET", "noon ET". */
export const WHEN = String.raw`(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}, (?:\d{1,2}(?::\d{2})? [ap]\.m\.|noon|midnight) ET`;
/**
 * What the browser's spell checker is told about the first text in the editor that holds `words`:
 * the spellcheck attribute nearest to it, as Chrome reads it ("true", "false"), and the text box's language.
 */
export const spellingAt = (page: Page, words: string) =>
  page.evaluate((w) => {
    const box = document.querySelector('.cm-content')!;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.includes(w)) return `${node.parentElement!.closest('[spellcheck]')!.getAttribute('spellcheck')} ${box.getAttribute('lang')}`;
    }
    return `no text holds ${w}`;
  }, words);
export const textOf = async (page: Page) => (await editorState(page)).text;

/** A headline's words: the page joins a few with no-break spaces (lib/i18n/line-breaks.ts, headlineNoBreaks). */
export const words = (text: string) => text.replace(/\s+/g, ' ').trim();
