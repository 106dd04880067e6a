// The site's only script: small enhancements over pages that are complete without it.
// The head script adds it after the load event, so the document is complete when it runs.
import { enhanceChartDownloads } from './chart-downloads';
import { enhanceChartTooltips } from './chart-tooltip';
import { enhanceEmbed } from './embed-resize';
import { enhanceSearch } from './search';
import { enhanceShareBars } from './share';
import { enhanceThemeToggle } from './theme';

// One task each, so that no single task blocks the main thread for long on a slow phone.
const steps = [enhanceThemeToggle, enhanceShareBars, enhanceChartTooltips, enhanceChartDownloads, enhanceEmbed, () => void enhanceSearch()];
function next() {
  const step = steps.shift();
  if (!step) {
    // Lets tests (and anyone curious) know the controls are live.
    document.documentElement.dataset.enhanced = '';
    return;
  }
  step();
  setTimeout(next, 0);
}
next();
