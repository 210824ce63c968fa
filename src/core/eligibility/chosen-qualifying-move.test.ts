import { describe, expect, it } from 'vitest';
import { chosenQualifyingMove } from './chosen-qualifying-move';
import type { Determination, Interview } from './interview-schema';

const move = (id: string, city: string) => ({
  id,
  date: '2024-10-15',
  from: { residence: `${city} camp`, city, state: 'TX' },
  to: { residence: 'Delano', city: 'Delano', state: 'CA' },
});
const interview = { moves: [move('m1', 'Pharr'), move('m2', 'Yuma')] } as unknown as Interview;
const determination = {
  children: [
    { child: 'c1', qualifyingMove: 'm2' },
    { child: 'c2', qualifyingMove: null },
  ],
} as unknown as Determination;

describe('the qualifying move a COE chose for a child', () => {
  it('is the interview move the determination names for that child', () => {
    expect(chosenQualifyingMove({ interview, determination, interviewChildId: 'c1' })?.from.city).toBe(
      'Yuma',
    );
  });

  it('is none when the determination chose none, or does not name the child', () => {
    expect(chosenQualifyingMove({ interview, determination, interviewChildId: 'c2' })).toBeNull();
    expect(chosenQualifyingMove({ interview, determination, interviewChildId: 'c3' })).toBeNull();
  });
});
