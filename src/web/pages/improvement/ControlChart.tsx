// recharts is a chunk of its own, fetched only when a chart is drawn.
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

/** One period as the control chart draws it (IP5). */
export interface ControlChartPoint {
  label: string;
  value: number | null;
  center: number | null;
  upper: number | null;
  lower: number | null;
  flagged: boolean;
}

/**
 * A control chart (IP5): the points joined in time order, the centre line and the limits of
 * each phase as steps (a P or U chart's limits follow each period's denominator), a line where
 * each new phase starts, and the points a rule flagged drawn larger in the signal colour.
 */
export function ControlChart({
  points,
  phaseStarts,
  labels,
  height = 280,
}: {
  points: ControlChartPoint[];
  /** The labels of the periods where a new phase starts. */
  phaseStarts: Array<{ label: string; text: string }>;
  labels: { value: string; center: string; upper: string; lower: string };
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={points} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={12} />
        <YAxis tick={{ fontSize: 11 }} width={44} />
        <Tooltip />
        {phaseStarts.map((phase) => (
          <ReferenceLine
            key={phase.label}
            x={phase.label}
            stroke="var(--mantine-color-blue-7)"
            strokeDasharray="2 3"
            label={{ value: phase.text, position: 'insideTop', fontSize: 10 }}
          />
        ))}
        <Line
          type="stepAfter"
          dataKey="upper"
          name={labels.upper}
          stroke="var(--mantine-color-orange-9)"
          strokeDasharray="4 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="lower"
          name={labels.lower}
          stroke="var(--mantine-color-orange-9)"
          strokeDasharray="4 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="center"
          name={labels.center}
          stroke="var(--mantine-color-gray-7)"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="value"
          name={labels.value}
          stroke="var(--mantine-color-ciclo-8, #1c7ed6)"
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number; payload?: ControlChartPoint }) => {
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
