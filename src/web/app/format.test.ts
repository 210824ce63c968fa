import { describe, expect, it } from 'vitest';
import { changedValues } from '../pages/admin/audit-changes';
import { formatDate, formatNumber, fullName } from './format';

describe('formatDate', () => {
  it('never moves a calendar date, whatever the time zone', () => {
    expect(formatDate('2016-02-29', 'en')).toBe('Feb 29, 2016');
    expect(formatDate('2019-08-01', 'en')).toBe('Aug 1, 2019');
  });

  it('formats in Spanish for Spanish readers', () => {
    expect(formatDate('2019-08-01', 'es')).toMatch(/^1 ago 2019$|^1 de ago\.? de 2019$/);
  });

  it('shows a dash for a missing date', () => {
    expect(formatDate(null, 'en')).toBe('—');
  });
});

describe('formatNumber', () => {
  it('groups thousands per language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'es')).toMatch(/^12[,.\u00a0 ]?345$/);
  });
});

describe('fullName', () => {
  it('keeps names exactly as written, with both surnames', () => {
    expect(
      fullName({ firstName: 'José', middleName: null, lastSurname: 'García', secondSurname: 'de la Cruz' }),
    ).toBe('José García de la Cruz');
    expect(fullName({ firstName: 'Ana-María', lastSurname: 'López' })).toBe('Ana-María López');
  });
});

describe('changedValues of an audit event', () => {
  it('lists only the fields that changed, before and after', () => {
    expect(
      changedValues(
        { firstName: 'Jose', version: 1, birthDate: '2010-01-01' },
        { firstName: 'José', version: 2, birthDate: '2010-01-01' },
      ),
    ).toEqual({ firstName: ['Jose', 'José'], version: [1, 2] });
  });

  it('shows the whole record for a create or a delete', () => {
    expect(changedValues(null, { firstName: 'Ana' })).toEqual({ firstName: 'Ana' });
    expect(changedValues({ firstName: 'Ana' }, null)).toEqual({ firstName: 'Ana' });
  });
});
