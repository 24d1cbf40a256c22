/** A small line of the last scores (oldest left); decorative, the table states the latest score in words. */
export function Sparkline({ values, width = 80, height = 20 }: { values: readonly number[]; width?: number; height?: number }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const step = width / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`).join(' ');
  return (
    <svg width={width} height={height} aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle' }}>
      <polyline points={points} fill="none" stroke="#0b7285" strokeWidth={1.5} />
    </svg>
  );
}
