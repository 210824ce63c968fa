import { describe, expect, it } from 'vitest';
import { contractJson } from './contract-json';

describe('contract JSON', () => {
  it('writes the percentages it is told of with one decimal, and leaves every other value as JSON writes it', () => {
    const text = contractJson(
      {
        scope: 'state',
        rows: [
          { pct: 50, n: 3 },
          { pct: null, n: 0 },
          { pct: 33.33, n: 1.5 },
        ],
      },
      (key) => key === 'pct',
    );
    expect(text).toContain('"pct": 50.0,');
    expect(text).toContain('"pct": null,');
    expect(text).toContain('"pct": 33.3,');
    expect(text).toContain('"n": 1.5\n');
    expect(text.startsWith('{\n  "scope": "state",\n  "rows": [')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).rows[0].pct).toBe(50);
  });
});
