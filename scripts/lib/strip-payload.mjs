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
  return fromShort(short, stubs, name, ours, () => html);
}

/** stripPageFast's work once the payload is out: `whole()` gives the page as it was, for the full parse. */
function fromShort(short, stubs, name, ours, whole) {
  const aside = setChartsAside(short);
  if (stubs || aside) {
    const page = stripPage(aside ? aside.html : short, name, ours);
    // Each stub removed leaves none of its text behind; each chart and text comes back where it stood.
    const html = page.problems.length || page.html.includes(STUB) || countOf(short, STUB) !== stubs ? undefined : aside ? aside.putBack(page.html) : page.html;
    if (html !== undefined) return { html, problems: [], fast: true };
  }
  return { ...stripPage(whole(), name, ours), fast: false };
}

const STARTS = ['<script>(self.__next_f=self.__next_f||[]).push(', '<script>self.__next_f.push('].map((start) => Buffer.from(start));
const SCRIPT_END = Buffer.from('</script>');
const STUB_BYTES = Buffer.from(STUB);

/**
 * stripPageFast for a page's UTF-8 bytes: the payload scripts are cut from the bytes, as PAYLOAD
 * would match them in the text ("<" is one byte, never inside another character's), so only the
 * rest is decoded. A string of a page is large (about 770 kB for a story as read, two bytes a
 * character), and on this machine each such string costs about as much in fresh memory pages as
 * the work done on it. `scratch` holds the bytes kept (see growing); it is reused from page to page.
 * @param {Buffer} bytes @param {string} name @param {Parameters<typeof stripPage>[2]} ours @param {{ buffer: Buffer }} scratch
 */
export function stripBytes(bytes, name, ours, scratch) {
  const out = growing(scratch, bytes.length);
  let stubs = 0;
  let length = 0;
  let at = 0;
  for (let from = 0; ; ) {
    // The next place either start stands, as the regular expression would find it.
    const found = STARTS.map((start) => bytes.indexOf(start, from)).filter((i) => i !== -1);
    if (!found.length) break;
    const start = Math.min(...found);
    const lt = bytes.indexOf(0x3c, start + 1);
    if (lt === -1 || !bytes.subarray(lt, lt + SCRIPT_END.length).equals(SCRIPT_END)) {
      from = start + 1;
      continue;
    }
    length += bytes.copy(out, length, at, start);
    length += STUB_BYTES.copy(out, length);
    stubs++;
    at = from = lt + SCRIPT_END.length;
  }
  length += bytes.copy(out, length, at);
  return fromShort(out.toString('utf8', 0, length), stubs, name, ours, () => bytes.toString('utf8'));
}

/** `scratch.buffer`, made larger first when it holds fewer than `size` bytes (a stub is shorter than any script it replaces). */
export function growing(scratch, size) {
  if (!scratch.buffer || scratch.buffer.length < size) scratch.buffer = Buffer.alloc(Math.max(size, 2 * (scratch.buffer?.length ?? 0)));
  return scratch.buffer;
}

const countOf = (text, part) => text.split(part).length - 1;
