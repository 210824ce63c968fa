import { describe, expect, it } from 'vitest';
import { countyOfCdsCode } from './lea-county';

describe('the county of an LEA', () => {
  it('reads the first two digits of a CDS code', () => {
    expect(countyOfCdsCode('10621660000000')).toBe('Fresno');
    expect(countyOfCdsCode('0161119')).toBe('Alameda');
    expect(countyOfCdsCode('58727360000000')).toBe('Yuba');
  });
  it('is null for ids that are not CDS codes', () => {
    expect(countyOfCdsCode('99000000000001')).toBeNull();
    expect(countyOfCdsCode('LEA-1')).toBeNull();
  });
});
