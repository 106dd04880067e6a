import type { ReactNode } from 'react';
import type { Dataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { BarsPicture } from './bars';
import { FlowsPicture } from './flows';
import { LinePicture } from './line';
import { TimelinePicture } from './timeline';

/**
 * A chart drawn for a share card: not the chart shrunk (its text would be 8 to 15 px on a 1,200 px
 * card, unreadable in a feed) but a simpler picture of what it says, with every word at 20 px or
 * more (picture/text.tsx). The parts are placed absolutely in a box of the given size.
 */
export function cardPicture(dataset: Dataset, box: { width: number; height: number }, lang: Lang): ReactNode {
  const props = { width: box.width, height: box.height, lang };
  // Called, not rendered as components: Satori wants each part an element, not a function's array.
  const drawing =
    dataset.chart === 'line' ? LinePicture({ dataset, ...props })
    : dataset.chart === 'timeline' ? TimelinePicture({ dataset, ...props })
    : dataset.chart === 'map' ? FlowsPicture({ dataset, ...props })
    : BarsPicture({ dataset, ...props });
  return <div style={{ position: 'relative', display: 'flex', width: box.width, height: box.height }}>{drawing}</div>;
}
