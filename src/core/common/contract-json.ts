/**
 * JSON as the contracts print it: two-space indentation, and every percentage (a number under
 * a key `isPercent` accepts) written with one decimal, `50.0`, where JSON.stringify writes `50`.
 */
export function contractJson(value: unknown, isPercent: (key: string) => boolean): string {
  const marker = '\u0000pct:';
  const json = JSON.stringify(
    value,
    (key, field: unknown) =>
      isPercent(key) && typeof field === 'number' ? `${marker}${field.toFixed(1)}` : field,
    2,
  );
  return `${json.replace(/"\\u0000pct:(-?[\d.]+)"/g, '$1')}\n`;
}
