// The charting library (recharts, through @mantine/charts) and its styles are a chunk of
// their own, fetched only when a figure is drawn.
import '@mantine/charts/styles.css';
import { BarChart, type BarChartSeries } from '@mantine/charts';

export interface FigureBar {
  label: string;
  region: number;
  state: number;
}

/** The bars of one data packet figure: the region beside the state, per period. */
export function FigureChart({
  bars,
  series,
  isPercent,
  formatValue,
}: {
  bars: FigureBar[];
  series: BarChartSeries[];
  isPercent: boolean;
  formatValue: (value: number) => string;
}) {
  return (
    <BarChart
      h={220}
      mt="md"
      data={bars}
      dataKey="label"
      series={series}
      withLegend
      valueFormatter={formatValue}
      {...(isPercent ? { yAxisProps: { domain: [0, 100] } } : {})}
    />
  );
}
