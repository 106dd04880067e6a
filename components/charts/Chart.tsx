import { getDataset, getDatasets } from '@/lib/data/datasets';
import { ChartFigure, type ChartFigureProps } from './ChartFigure';

export { ChartFigure, chartFigureDefaults, embedHeight } from './ChartFigure';
export type { ChartFigureProps } from './ChartFigure';

export interface ChartProps extends Omit<ChartFigureProps, 'dataset'> {
  /** Chart id: the name of a file in content/data/ without ".json", e.g. "us-n95-production". */
  id: string;
}

/**
 * Server component for MDX and pages: `<Chart id="us-n95-production" />`. Loads and validates
 * content/data/<id>.json (synchronously) and renders the figure. Unknown ids throw, listing the known ones.
 */
export function Chart({ id, ...rest }: ChartProps) {
  return <ChartFigure dataset={getDataset(id)} {...rest} />;
}

/** Ids of all charts (validates every data file), e.g. for generateStaticParams of /embed/[id]/. */
export function chartIds(): string[] {
  return getDatasets().map((d) => d.id);
}
