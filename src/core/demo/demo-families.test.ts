import { describe, expect, it } from 'vitest';
import { addYears } from '../common/calendar-date';
import { determineEligibility } from '../eligibility/determine-eligibility';
import { CALIFORNIA_REGIONS } from './california-regions';
import { demoFamilyBatches, type DemoFamily } from './demo-families';
import { demoDistricts } from './demo-organizations';

const today = '2026-11-22';
const districts = demoDistricts(1);
const families = (seed: number, children = 2_000): DemoFamily[] =>
  [...demoFamilyBatches({ children, seed, today, districts, batchSize: 100 })].flat();

describe('demo dataset generator', () => {
  it('is deterministic: the same seed gives the same families, another seed others', () => {
    expect(families(7, 300)).toEqual(families(7, 300));
    expect(families(8, 300)).not.toEqual(families(7, 300));
  });

  it('generates exactly the children asked for, in batches, with families of several children', () => {
    const all = families(1);
    expect(all.reduce((n, f) => n + f.children.length, 0)).toBe(2_000);
    expect(all.filter((f) => f.children.length >= 2).length / all.length).toBeGreaterThan(0.5);
    const batches = [...demoFamilyBatches({ children: 2_000, seed: 1, today, districts, batchSize: 100 })];
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.slice(0, -1).every((batch) => batch.length === 100)).toBe(true);
  });

  it('has children aged 0 to 21, born in California, other states and abroad, with names as written', () => {
    const children = families(1).flatMap((f) => f.children);
    for (const child of children) {
      expect(child.birthDate <= today).toBe(true);
      expect(addYears(child.birthDate, 22) > today).toBe(true);
    }
    expect(new Set(children.map((c) => c.birthCountry)).size).toBeGreaterThan(2);
    expect(children.some((c) => c.birthCountry === 'US' && c.birthState !== 'CA')).toBe(true);
    expect(children.some((c) => /[áéíóúñ]/.test(`${c.firstName}${c.lastSurname}`))).toBe(true);
    expect(children.some((c) => c.secondSurname !== null)).toBe(true);
  });

  it("records the parents' sex for most families, so the demo's MSIX export carries their names (X7.4)", () => {
    const all = families(1);
    const recorded = all.filter((f) => f.members.every((m) => m.sex !== null));
    expect(recorded.length / all.length).toBeGreaterThan(0.8);
    expect(recorded.length).toBeLessThan(all.length);
    expect(
      all.every((f) => f.members.some((m) => m.sex === null) === f.members.every((m) => m.sex === null)),
    ).toBe(true);
    expect(recorded.every((f) => f.members.map((m) => m.sex).join() === 'male,female')).toBe(true);
  });

  it('uses California regions 1–23 and valid CDS codes', () => {
    expect(districts.length).toBeGreaterThan(900);
    expect(new Set(districts.map((d) => d.cdsCode)).size).toBe(districts.length);
    expect(new Set(districts.map((d) => d.ncesId)).size).toBe(districts.length);
    for (const district of districts) {
      expect(district.cdsCode).toMatch(/^\d{7}$/);
      expect(district.ncesId).toMatch(/^06\d{5}$/);
      for (const school of district.schools) {
        expect(school.cdsCode).toMatch(new RegExp(`^${district.cdsCode}\\d{7}$`));
        expect(school.ncesId).toMatch(new RegExp(`^${district.ncesId}\\d{5}$`));
      }
      expect(new Set(district.schools.map((school) => school.ncesId)).size).toBe(district.schools.length);
    }
    for (const region of CALIFORNIA_REGIONS) expect(region.number).toBeGreaterThanOrEqual(1);
    expect(Math.max(...CALIFORNIA_REGIONS.map((r) => r.number))).toBeLessThanOrEqual(23);
  });

  it('gives every family a valid interview: moves between districts, states and countries with work by crop', () => {
    const all = families(3);
    let eligible = 0;
    let children = 0;
    for (const family of all.filter((f) => f.interview.children.length > 0)) {
      const determination = determineEligibility(family.interview);
      children += determination.children.length;
      eligible += determination.children.filter((c) => c.eligible).length;
    }
    expect(eligible / children).toBeGreaterThan(0.5);
    expect(eligible).toBeLessThan(children);
    const moves = all.flatMap((f) => f.interview.moves);
    expect(moves.some((m) => (m.from.country ?? 'US') !== 'US')).toBe(true);
    expect(moves.some((m) => m.to.state !== 'CA')).toBe(true);
    expect(new Set(moves.flatMap((m) => (m.work ?? []).map((w) => w.description))).size).toBeGreaterThan(8);
  });
});

describe('the demo referral list and holidays', () => {
  it('lists new children and the known ones as school lists spell them, deterministically', async () => {
    const { demoReferralList } = await import('./demo-referrals');
    const options = {
      count: 5,
      seed: 3,
      today: '2026-11-22',
      schools: ['Lincoln Elementary'],
      known: [
        {
          firstName: 'José Luis',
          lastSurname: 'Núñez',
          secondSurname: 'de la Cruz',
          birthDate: '2014-02-10',
        },
      ],
    };
    const rows = demoReferralList(options);
    expect(rows).toHaveLength(7);
    expect(rows[6]!.slice(1, 5)).toEqual(['JOSE LUIS', 'NUNEZ', 'DE LA CRUZ', '02/10/14']);
    expect(demoReferralList(options)).toEqual(rows);
  });

  it("gives California's holidays of the school year, Thanksgiving on the fourth Thursday", async () => {
    const { californiaHolidays } = await import('./demo-referrals');
    const holidays = californiaHolidays('2026-11-22');
    expect(holidays.find((h) => h.name === 'Thanksgiving')?.date).toBe('2026-11-26');
    expect(holidays.find((h) => h.name === 'Labor Day')?.date).toBe('2026-09-07');
    expect(holidays.find((h) => h.name === "Presidents' Day")?.date).toBe('2027-02-15');
  });
});
