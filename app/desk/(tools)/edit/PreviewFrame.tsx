'use client';

import { useEffect, useRef, useState } from 'react';

export type Theme = 'light' | 'dark';

type Props = {
  /** The iframe's accessible name ("Preview", "English original"). */
  title: string;
  /** A whole document's HTML, as the desk renders it (renderPreview); its <body> is shown. */
  html: string | undefined;
  /** The width the page is laid out at, in CSS pixels (375 a phone, 1280 a desktop). */
  width: number;
  theme: Theme;
  /** The id of the heading to show at the top ('' the page's top) when it changes: the part of the story the editor is in. */
  follow?: string;
};

/** How much a page laid out `width` px wide must shrink to fit `slot` px: never enlarged. */
export const fitScale = (slot: number, width: number) => (slot > 0 && width > slot ? slot / width : 1);

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The frame's own document, made once: the site's stylesheets (the desk's page links the same
 * globals.css, app/layout.tsx) and an empty body that each preview fills. So a preview does not
 * reload the page, its CSS or its scripts; it keeps its scroll position too.
 */
const shell = () =>
  `<!DOCTYPE html><html class="js"><head><meta charset="utf-8">${[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => `<link rel="stylesheet" href="${attribute(l.href)}">`).join('')}</head><body></body></html>`;

/**
 * The site's theme switch is a class on <html>: the theme script sets .dark or .light before first
 * paint, and globals.css's dark variant follows .dark, or the system's preference unless .light is
 * set. The frame runs no script, so the class is set here; "js" shows the controls a reader with
 * JavaScript sees.
 */
function applyTheme(doc: Document, theme: Theme) {
  doc.documentElement.classList.add('js');
  doc.documentElement.classList.toggle('dark', theme === 'dark');
  doc.documentElement.classList.toggle('light', theme === 'light');
}

function show(doc: Document, html: string) {
  const next = new DOMParser().parseFromString(html, 'text/html');
  doc.documentElement.lang = next.documentElement.lang;
  doc.body.className = next.body.className;
  doc.body.replaceChildren(...Array.from(next.body.childNodes, (node) => doc.importNode(node, true)));
}

/**
 * Scrolls the frame's own document to a heading ('' its top), 16 px below it; false when the heading
 * is not drawn yet. scrollIntoView would scroll the desk's page too, away from the text.
 */
function scrollTo(doc: Document, id: string): boolean {
  const target = id ? doc.getElementById(id) : doc.body;
  const scroller = doc.scrollingElement;
  if (!target || !scroller) return false;
  scroller.scrollTop = id ? Math.max(0, target.getBoundingClientRect().top + scroller.scrollTop - 16) : 0;
  return true;
}

/** A link in the preview does not leave it: the frame would show another page than the text's. One to a heading scrolls there. */
function stayInPreview(doc: Document) {
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link) return;
    event.preventDefault();
    const hash = link.getAttribute('href')!;
    if (hash.startsWith('#') && hash.length > 1) doc.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  });
  doc.addEventListener('submit', (event) => event.preventDefault());
}

/**
 * One page of the preview in an iframe, laid out at its real width and scaled down with a CSS
 * transform when the column is narrower, so a desktop page is the desktop layout, only smaller.
 * The iframe is sandboxed without scripts: nothing in the page runs, and the desk reads and fills
 * its document (same origin).
 */
export function PreviewFrame({ title, html, width, theme, follow }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [slot, setSlot] = useState({ width: 0, height: 0 });
  // The frame's document once it holds the shell (set on load).
  const [doc, setDoc] = useState<Document>();

  useEffect(() => {
    // Made here, not in render: it reads the desk's own document.
    frame.current!.srcdoc = shell();
    const observer = new ResizeObserver(([entry]) => setSlot({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(box.current!);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (doc && html !== undefined) show(doc, html);
  }, [doc, html]);
  useEffect(() => {
    if (doc) applyTheme(doc, theme);
  }, [doc, theme]);
  // Scrolled once each time the cursor enters another part, so the editor may scroll the preview
  // by hand in between; a heading not drawn yet is scrolled to when its preview arrives.
  const followed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!doc || follow === undefined || follow === followed.current || html === undefined) return;
    if (scrollTo(doc, follow)) followed.current = follow;
  }, [doc, html, follow]);

  const scale = fitScale(slot.width, width);
  const left = Math.max(0, (slot.width - width * scale) / 2);
  return (
    <div ref={box} className="relative h-[70vh] overflow-hidden rounded border border-gray-400 bg-gray-100 dark:bg-gray-800">
      <iframe
        ref={frame}
        title={title}
        sandbox="allow-same-origin"
        onLoad={(event) => {
          const loaded = event.currentTarget.contentDocument;
          if (!loaded || !event.currentTarget.srcdoc) return;
          stayInPreview(loaded);
          setDoc(loaded);
        }}
        className="absolute top-0 block origin-top-left border-0 bg-white"
        style={{ left, width, height: slot.height / scale, transform: scale === 1 ? undefined : `scale(${scale})` }}
      />
    </div>
  );
}
