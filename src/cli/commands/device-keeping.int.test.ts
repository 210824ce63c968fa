import { describe, expect, it } from 'vitest';
import { cicloInScratch } from '../../../tests/support/ciclo-cli';

describe('ciclo settings device-keeping (ID5.1)', () => {
  it('prints the period, changes it, and refuses one outside 1 to 90 days', async () => {
    const { ciclo, remove } = cicloInScratch('device-keeping');
    try {
      await ciclo(['db', 'migrate']);
      const says = (days: number) =>
        `A device keeps children's records ${days} days after they were last saved.\n`;
      expect((await ciclo(['settings', 'device-keeping'])).stdout).toBe(says(14));
      expect((await ciclo(['settings', 'device-keeping', '--days', '30'])).stdout).toBe(says(30));
      const refused = await ciclo(['settings', 'device-keeping', '--days', '0']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('days: must be a whole number of days from 1 to 90');
      expect((await ciclo(['settings', 'device-keeping'])).stdout).toBe(says(30));
    } finally {
      remove();
    }
  }, 120_000);
});
