import type { ReactElement } from 'react';

type DomServer = { renderToStaticMarkup(element: ReactElement): string };

let server: DomServer | undefined;

/**
 * The HTML of a tree of the site's components, as React renders it to a string.
 *
 * Why not a page: a next dev page sends its RSC payload beside the HTML (two thirds of a story
 * preview's bytes) and rendering it took 400-900 ms per preview on the fixture story, where the
 * same components render to a string in 50-100 ms. Next refuses `react-dom/server` in the
 * server-component bundle that route handlers are built in, so Node loads it at run time,
 * outside the bundle. That is safe here because every component the site renders is a plain,
 * synchronous server component (no hooks, no context, no 'use client'): React elements are plain
 * objects tagged with a global symbol, which any copy of React 19 renders alike.
 */
export function staticMarkup(element: ReactElement): string {
  server ??= process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/`)('react-dom/server') as DomServer;
  return server.renderToStaticMarkup(element);
}
