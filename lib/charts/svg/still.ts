import { el, type SvgElement, type SvgNode, type SvgProps } from './node';

/** Attributes that make a mark interactive on the story page (focus, its own name, the tooltip's text). */
const INTERACTIVE = ['tabIndex', 'role', 'aria-label', 'data-tip', 'data-source', 'data-value'];
/** Attributes that name other elements by id. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby'];

/**
 * A chart tree made a still picture: every id gets `prefix` so none repeats an id of the page's
 * own chart, the marks lose their focus stops, names and tooltip text (a picture inside a link
 * has nothing to tab to; the root <svg> keeps its role and names), and the <desc> says `description`.
 */
export function stillTree(node: SvgElement, prefix: string, description: string): SvgElement {
  return still(node, prefix, description, true);
}

function still(node: SvgElement, prefix: string, description: string, root: boolean): SvgElement {
  const props: Record<string, SvgProps[string]> = {};
  for (const [name, value] of Object.entries(node.props)) {
    if (!root && INTERACTIVE.includes(name)) continue;
    if (name === 'id') props[name] = `${prefix}${value}`;
    else if (ID_LISTS.includes(name)) props[name] = String(value).split(/\s+/).map((id) => `${prefix}${id}`).join(' ');
    else if (typeof value === 'string' && value.startsWith('url(#')) props[name] = value.replace('url(#', `url(#${prefix}`);
    else props[name] = value;
  }
  if (node.tag === 'desc') return el('desc', props, description);
  return el(node.tag, props, node.children.map((child: SvgNode) => (typeof child === 'string' ? child : still(child, prefix, description, false))));
}
