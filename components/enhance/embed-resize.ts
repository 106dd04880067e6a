import { RESIZE_MESSAGE } from '@/lib/embed';

/** On an embed page inside an iframe: tells the host page the chart's height, now and when it changes. */
export function enhanceEmbed(root: ParentNode = document) {
  const embed = root.querySelector<HTMLElement>('[data-embed]');
  if (!embed || window.parent === window) return;
  const post = () => window.parent.postMessage({ type: RESIZE_MESSAGE, id: embed.dataset.embed, height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}
