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
 * loaded and painted (the frame after load, then a task), so it can never delay the first paint
 * of the text: a small page can finish loading before its first frame, and Lighthouse counts a
 * request that ends before the largest paint as one that paint waited for (its LCP then jumped
 * by about 0.3 s, depending on which came first).
 */
export const THEME_SCRIPT = `(function(){var c=document.documentElement.classList;c.add('js');if(navigator.share)c.add('can-share');try{var s=localStorage.getItem('theme');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;c.add(d?'dark':'light');c.remove(d?'light':'dark')}catch(e){}addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){var j=document.createElement('script');j.src='${SITE_SCRIPT}';document.body.appendChild(j)})})})})()`;

/** Every inline script a page of this site may run. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];
