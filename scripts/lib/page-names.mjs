// What a built page holds that the site's stylesheet can ask about (scripts/lib/inline-css.mjs):
// its classes, its element and attribute names, the custom properties it names. namesIn and
// customPropertiesIn find all of them; `asked` finds the same, kept to what one stylesheet asks,
// in a fraction of the time (a story page has about a thousand tags, mostly its charts').

// A start tag, loosely: its name and the text of its attributes.
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s*[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?|\s*\/)*)\s*>/g;
// One attribute in that text: its name.
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;
const CUSTOM = /--[a-zA-Z_][\w-]*/g;

/** Every custom property name (`--x`) that `text` (a page's HTML, a script) mentions at all. */
export function customPropertiesIn(text) {
  return new Set([...text.matchAll(CUSTOM)].map((m) => m[0]));
}

/**
 * Every element name (`t:div`) and attribute name (`a:href`) the page's HTML has, lower-cased,
 * and every word of its scripts as both (a script may create an element or set an attribute).
 */
export function namesIn(html, scriptWords) {
  const names = new Set();
  for (const [, tag, attrs] of html.matchAll(TAG)) {
    names.add(`t:${tag.toLowerCase()}`);
    for (const [, attr] of attrs.matchAll(ATTR)) names.add(`a:${attr.toLowerCase()}`);
  }
  for (const word of scriptWords) {
    names.add(`t:${word.toLowerCase()}`);
    names.add(`a:${word.toLowerCase()}`);
  }
  return names;
}

/** Every class the page's HTML gives an element (SVG's included). */
export function classesIn(html) {
  const classes = new Set();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) if (name) classes.add(name);
  return classes;
}

// For each stylesheet's `asks`, a test an attribute text must pass to hold an attribute it asks
// about: one of those names in any ASCII case, or any other character (whose lower case might be
// one). Most tags (a chart's paths and lines) fail it and are not split into attributes at all.
const filters = new WeakMap();
const attributeFilter = (asks) => {
  if (!filters.has(asks)) {
    const wanted = [...asks.names].filter((n) => n.startsWith('a:')).map((n) => n.slice(2).replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
    filters.set(asks, new RegExp(['[^\\x00-\\x7f]', ...wanted].join('|'), 'i'));
  }
  return filters.get(asks);
};

/**
 * namesIn(html, classes) and customPropertiesIn(`${html} ${scriptText}`), each kept to what `asks`
 * (a stylesheet's, see stylesheetFor) holds: `names` and `used` for that stylesheet's function.
 * @param {string} html @param {Set<string>} classes @param {string} scriptText
 * @param {{ names: Set<string>, properties: Set<string> }} asks
 */
export function asked(html, classes, scriptText, asks) {
  const names = new Set();
  const keep = (name) => {
    if (asks.names.has(name)) names.add(name);
  };
  const filter = attributeFilter(asks);
  const tags = new RegExp(TAG);
  for (let m; (m = tags.exec(html)); ) {
    keep(`t:${m[1].toLowerCase()}`);
    if (filter.test(m[2])) for (const [, attr] of m[2].matchAll(ATTR)) keep(`a:${attr.toLowerCase()}`);
  }
  for (const word of classes) {
    keep(`t:${word.toLowerCase()}`);
    keep(`a:${word.toLowerCase()}`);
  }
  // A name cannot run over the space between the page and the script text: each is searched alone.
  const used = new Set();
  for (const text of [html, scriptText]) {
    const custom = new RegExp(CUSTOM);
    for (let m; (m = custom.exec(text)); ) if (asks.properties.has(m[0])) used.add(m[0]);
  }
  return { names, used };
}
