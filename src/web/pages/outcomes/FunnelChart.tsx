// The charting library (recharts, through @mantine/charts) and its styles are a chunk of
// their own, fetched only when a funnel is drawn.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

interface FunnelBar {
  step: string;
  children: number;
}

/** The funnel of one MPO: a bar per count, from served to grew. */
export function FunnelChart({
  bars,
  label,
  formatValue,
}: {
  bars: FunnelBar[];
  label: string;
  formatValue: (value: number) => string;
}) {
  return (
    <BarChart
      h={200}
      mt="sm"
      data={bars}
      dataKey="step"
      series={[{ name: 'children', label, color: 'ciclo.8' }]}
      valueFormatter={formatValue}
      tickLine="none"
      xAxisProps={{ interval: 0, tick: { fontSize: 10 } }}
    />
  );
}
