import { describe, expect, it } from 'vitest';
import { discrepancyRate, drawReinterviewSample } from './reinterview-sample';

const coes = Array.from({ length: 50 }, (_, i) => ({
  id: `coe-${String(i).padStart(3, '0')}`,
  regionId: i % 2 === 0 ? 'r1' : 'r2',
}));

describe('re-interview sample', () => {
  it('draws at most N per region, without repeats, the same for the same seed whatever the order', () => {
    const sample = drawReinterviewSample(coes, 10, 42);
    expect(sample.filter((c) => c.regionId === 'r1')).toHaveLength(10);
    expect(sample.filter((c) => c.regionId === 'r2')).toHaveLength(10);
    expect(new Set(sample.map((c) => c.id)).size).toBe(20);
    expect(drawReinterviewSample([...coes].reverse(), 10, 42)).toEqual(sample);
    expect(drawReinterviewSample(coes, 10, 43)).not.toEqual(sample);
  });
  it('takes the whole region when it has fewer COEs than asked', () => {
    expect(drawReinterviewSample(coes.slice(0, 3), 10, 1)).toHaveLength(3);
  });
});

describe('discrepancy rate', () => {
  it('is null with no completed re-interview', () => {
    expect(discrepancyRate([])).toEqual({
      completed: 0,
      discrepancies: 0,
      rate: null,
      low: null,
      high: null,
    });
  });
  it('gives the Wilson 95% interval (2 of 50: 4.0%, 1.1%–13.5%)', () => {
    const result = discrepancyRate([...Array(48).fill('confirmed'), 'discrepancy', 'discrepancy']);
    expect(result.rate).toBeCloseTo(0.04, 10);
    expect(result.low).toBeCloseTo(0.01104, 4);
    expect(result.high).toBeCloseTo(0.13464, 4);
  });
  it('keeps the interval inside 0–1 at the extremes', () => {
    const none = discrepancyRate(Array(20).fill('confirmed'));
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0);
    const all = discrepancyRate(Array(5).fill('discrepancy'));
    expect(all.high).toBe(1);
  });
});
