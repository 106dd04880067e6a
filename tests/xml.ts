/**
 * Reading XML as a strict parser does. fast-xml-parser's validator accepts control characters
 * that every feed reader rejects; saxes follows the XML 1.0 well-formedness rules, characters and
 * namespaces included, so a feed it accepts is one a reader can read.
 */
import { SaxesParser } from 'saxes';

export type XmlElement = { name: string; attributes: Record<string, string>; text: string };

/** Every well-formedness error in a document ("line:column: message"), and its elements in document order. */
export function parseXml(xml: string): { errors: string[]; elements: XmlElement[] } {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  parser.on('error', (error) => void errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => void open.forEach((el) => (el.text += text)));
  parser.on('cdata', (text) => void open.forEach((el) => (el.text += text)));
  parser.on('closetag', () => void open.pop());
  // A lone surrogate cannot even be written as UTF-8 (it becomes U+FFFD on the way to a file),
  // so saxes, reading a string, lets one through: look for it here.
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(xml);
  if (lone) errors.push(`character ${lone.index}: a lone surrogate, U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}`);
  parser.write(xml).close();
  return { errors, elements };
}

/** The text of every element with this name (prefix included, as written: "dc:creator"). */
export const textsOf = (xml: string, name: string) => parseXml(xml).elements.filter((el) => el.name === name).map((el) => el.text);
