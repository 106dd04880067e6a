// The site's own inline script, in a plain module so the build can read its exact source:
// scripts/write-headers.mjs allows it in the Content Security Policy by hash, and
// scripts/strip-runtime.mjs fails the build on any other inline script in out/.

/** The site's one script file, built from components/enhance/. */
export const SITE_SCRIPT = '/assets/site.js';

/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme:
 * a stored choice wins, otherwise the system preference. It marks the page as scripted ("js",
 * and "can-share" where there is a share sheet), so controls that need the script show from the
 * first paint and never shift the layout. The site script itself is fetched once the page has
 * loaded and its text is on screen (the browser's first-contentful-paint entry, reported after the
 * frame is presented; where there is no paint timing, the frame after load), so it can never
 * delay the first paint of the text. The frame after load was not late enough: the browser runs it
 * before the compositor presents the frame, and a request that ends before the largest paint is
 * one Lighthouse counts that paint as waiting for: the home page's LCP was the script's arrival,
 * 0.91-1.03 s in three runs (BENCHMARKS.md, "Lighthouse").
 */
export const THEME_SCRIPT = `(function(){var c=document.documentElement.classList;c.add('js');if(navigator.share)c.add('can-share');try{var s=localStorage.getItem('theme');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;c.add(d?'dark':'light');c.remove(d?'light':'dark')}catch(e){}var n=2;function go(){if(--n)return;var j=document.createElement('script');j.src='${SITE_SCRIPT}';document.body.appendChild(j)}addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(go)})});var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0)new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true});else go()})()`;

/** Every inline script a page of this site may run. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];
