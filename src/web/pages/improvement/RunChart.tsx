// recharts is a chunk of its own, fetched only when a run chart is drawn.
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartPoint } from './improvement-types';

export interface RunChartMarker {
  label: string;
  text: string;
}

/**
 * A run chart (IP1): the points joined in time order (a missing period leaves a gap), the
 * median, an optional target line, markers at the periods of PDSA cycles, and the points a
 * rule flagged drawn larger in the signal color.
 */
export function RunChart({
  points,
  median,
  medianLabel,
  target,
  targetLabel,
  markers = [],
  valueLabel,
  height = 260,
}: {
  points: ChartPoint[];
  median: number | null;
  medianLabel: string;
  target?: number | null;
  targetLabel?: string;
  markers?: RunChartMarker[];
  valueLabel: string;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={points} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={12} />
        <YAxis tick={{ fontSize: 11 }} width={44} />
        <Tooltip />
        {median !== null && (
          <ReferenceLine
            y={median}
            stroke="var(--mantine-color-gray-7)"
            strokeDasharray="6 4"
            label={{ value: medianLabel, position: 'insideTopLeft', fontSize: 11 }}
          />
        )}
        {target !== undefined && target !== null && (
          <ReferenceLine
            y={target}
            stroke="var(--mantine-color-green-8)"
            label={{ value: targetLabel ?? '', position: 'insideTopRight', fontSize: 11 }}
          />
        )}
        {markers.map((marker) => (
          <ReferenceLine
            key={`${marker.label}-${marker.text}`}
            x={marker.label}
            stroke="var(--mantine-color-blue-7)"
            strokeDasharray="2 3"
            label={{ value: marker.text, position: 'insideTop', fontSize: 10 }}
          />
        ))}
        <Line
          type="linear"
          dataKey="value"
          name={valueLabel}
          stroke="var(--mantine-color-ciclo-8, #1c7ed6)"
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number; payload?: ChartPoint }) => {
            const { cx, cy, index, payload } = props;
            if (cx === undefined || cy === undefined || !payload || payload.value === null)
              return <g key={`dot-${index}`} />;
            return (
              <circle
                key={`dot-${index}`}
                cx={cx}
                cy={cy}
                r={payload.flagged ? 5 : 3}
                fill={
                  payload.flagged ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-ciclo-8, #1c7ed6)'
                }
                data-flagged={payload.flagged ? 'true' : undefined}
              />
            );
          }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
