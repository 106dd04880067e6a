// The site's only script: small enhancements over pages that are complete without it.
// The head script adds it after the load event, so the document is complete when it runs.
import { enhanceChartDownloads } from './chart-downloads';
import { enhanceChartTooltips } from './chart-tooltip';
import { enhanceEmbed } from './embed-resize';
import { enhanceSearch } from './search';
import { enhanceShareBars } from './share';
import { enhanceThemeToggle } from './theme';

enhanceThemeToggle();
enhanceShareBars();
enhanceChartTooltips();
enhanceChartDownloads();
enhanceEmbed();
void enhanceSearch();

// Lets tests (and anyone curious) know the controls are live.
document.documentElement.dataset.enhanced = '';
