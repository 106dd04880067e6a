// A quicker road to the same result as stripPage (page-allowlist.mjs) for a page as Next writes it.
// Most of a page's bytes are the React Server Components payload: a dozen <script> elements
// holding JSON, which stripPage parses character by character only to remove them. Here each is
// first swapped for a stub by plain string search, and the far smaller page is parsed; the stubs
// are runtime scripts to stripPage, which removes them as it removed the originals.
//
// The stub stands where the original stood, so the parser meets it in the same state: when every
// stub comes back as a script element that stripPage removed, so did every original, and nothing
// else on the page changed. Otherwise (a stub inside a comment or another element's text, which
// Next never writes), or when the page has any problem, the whole page is stripped the slow way,
// so what stops the build, and the line and column it names, are exactly stripPage's.
import { stripPage } from './page-allowlist.mjs';
import { setChartsAside } from './strip-svg.mjs';

// For the tests that compare the two roads.
export { stripPage };

// An element only when its text holds no "<": then the first </script> is its end, whatever else it holds.
const PAYLOAD = /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|self\.__next_f\.push\()[^<]*<\/script>/g;
const STUB = '<script>self.__next_f.push(</script>';

/**
 * stripPage's result for `html`, reached by parsing the page without its payload scripts, and
 * without its charts and runs of text where a scan proves that changes nothing (scripts/lib/strip-svg.mjs).
 * @param {string} html @param {string} name @param {Parameters<typeof stripPage>[2]} ours
 * @returns {{ html: string, problems: string[], fast: boolean }}
 */
export function stripPageFast(html, name, ours) {
  let stubs = 0;
  const short = html.replace(PAYLOAD, () => (stubs++, STUB));
  const aside = setChartsAside(short);
  if (stubs || aside) {
    const page = stripPage(aside ? aside.html : short, name, ours);
    // Each stub removed leaves none of its text behind; each chart and text comes back where it stood.
    const whole = page.problems.length || page.html.includes(STUB) || countOf(short, STUB) !== stubs ? undefined : aside ? aside.putBack(page.html) : page.html;
    if (whole !== undefined) return { html: whole, problems: [], fast: true };
  }
  return { ...stripPage(html, name, ours), fast: false };
}

const countOf = (text, part) => text.split(part).length - 1;
