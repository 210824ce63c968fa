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
  // Spanish readers in the United States (es-US) group thousands with a comma, as in English;
  // a number printed without a separator fails here.
  it.each([
    ['en', 1234, '1,234'],
    ['en', 12345, '12,345'],
    ['en', 1234567, '1,234,567'],
    ['es', 1234, '1,234'],
    ['es', 12345, '12,345'],
    ['es', 1234567, '1,234,567'],
  ])('groups thousands in %s: %d is %s', (language, value, expected) => {
    expect(formatNumber(value, language)).toBe(expected);
  });

  it('keeps small numbers and decimals as they are', () => {
    expect(formatNumber(999, 'en')).toBe('999');
    expect(formatNumber(0, 'es')).toBe('0');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
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
