import { RESIZE_MESSAGE } from '@/lib/embed';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';

export interface EmbedSnippetProps {
  /** Chart id; the embed page lives at `${siteUrl}/embed/<id>/` (French: /fr/graphiques/<id>/). */
  id: string;
  /** Chart title, used as the iframe's accessible title. */
  title: string;
  /** Site origin (and base path) to prefix, e.g. "https://example.org"; "" for a relative URL. */
  siteUrl?: string;
  /** Suggested iframe height in px. */
  height?: number;
  /** Edition of the embed page the snippet points at, and of its help text (default English). */
  lang: Lang;
}

const defaults = { siteUrl: '', height: 600 } as const;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML for embedding a chart elsewhere: the iframe, and a one-line script that fits the
 * iframe to the chart's height when the chart says how tall it is (see components/enhance/embed-resize.ts).
 */
export function embedCode(props: EmbedSnippetProps): string {
  const siteUrl = (props.siteUrl ?? defaults.siteUrl).replace(/\/+$/, '');
  const height = props.height ?? defaults.height;
  // Each edition's frame has its own id, so a page can embed a chart in both languages.
  const frameId = `n95-files-${props.lang === 'fr' ? 'fr-' : ''}${props.id}`;
  const iframe = `<iframe id="${frameId}" src="${attr(siteUrl)}${paths(props.lang).embed(props.id)}" title="${attr(props.title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const script = `<script>addEventListener("message",function(e){var d=e.data,f=document.getElementById("${frameId}");if(f&&d&&d.type==="${RESIZE_MESSAGE}"&&d.id==="${props.id}"&&e.source===f.contentWindow)f.style.height=d.height+"px"})</script>`;
  return `${iframe}\n${script}`;
}

/** The embed code, ready to copy (one click selects it all). */
export function EmbedSnippet(props: EmbedSnippetProps) {
  return (
    <>
      <p className="chart-embed-help">{chartText(props.lang).embedHelp}</p>
      <pre className="chart-embed-code">
        <code>{embedCode(props)}</code>
      </pre>
    </>
  );
}
