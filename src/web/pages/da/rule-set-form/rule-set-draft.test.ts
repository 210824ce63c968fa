import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from '../../../../core/accountability/california-rule-sets';
import { CALIFORNIA_DA_SETTINGS } from '../../../../core/accountability/da-settings';
import { parseRuleSet } from '../../../../core/accountability/rule-set-schema';
import { definitionField, draftOf, emptyArea, ruleSetOf } from './rule-set-draft';

/** Every California set, with the settings that shape them both ways (Q1, Q5, Q8). */
const everyCaliforniaSet = [
  ...californiaRuleSets(),
  ...californiaRuleSets({
    ...CALIFORNIA_DA_SETTINGS,
    countAllStudents: true,
    ltel2024: 'AS_IN_2025',
    rules2018: 'CDE_17',
  }),
];

describe('the rule-set draft', () => {
  it.each(everyCaliforniaSet.map((set) => [set.id, set] as const))(
    '%s comes back unchanged from its draft',
    (_id, set) => {
      const back = ruleSetOf(draftOf(set));
      expect(back).toEqual(set);
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(set)));
      expect(parseRuleSet(back)).toEqual(set);
    },
  );

  it('keeps a charter minimum when the set has one', () => {
    const set = { ...californiaRuleSets().at(-1)!, charterMinAreas: 1 };
    expect(ruleSetOf(draftOf(set))).toEqual(set);
  });

  it('is a copy: editing the draft leaves the set as it was', () => {
    const set = californiaRuleSets().at(-1)!;
    const before = structuredClone(set);
    const draft = draftOf(set);
    draft.daStudentGroups.push('ALL');
    draft.areas[0]!.alternatives[0]?.conditions[0]?.colors.push('BLUE');
    draft.areas.push(emptyArea('P9'));
    expect(set).toEqual(before);
  });

  it('writes a condition by color or by status level, whichever the person chose last', () => {
    const draft = draftOf(californiaRuleSets().at(-1)!);
    const p4 = draft.areas.find((area) => area.id === 'P4')!;
    const condition = p4.alternatives[0]!.conditions[0]!;
    condition.statusLevels = ['VERY_LOW'];
    condition.by = 'status';
    expect(ruleSetOf(draft).priorityAreas.find((a) => a.id === 'P4')!.any![0]!.all[0]).toEqual({
      indicator: 'ELA',
      statusLevels: ['VERY_LOW'],
    });
  });

  it('leaves blank numbers out, so the server names the field that needs one', () => {
    const draft = draftOf(californiaRuleSets().at(-1)!);
    draft.minGroupSizeDefault = '';
    draft.charterMinAreas = '';
    draft.id = '  CA-2030 ';
    draft.sources = 'one\n\n  two  \n';
    const set = ruleSetOf(draft);
    expect(JSON.parse(JSON.stringify(set.minGroupSize))).toEqual({ FOS: 15, HOM: 15 });
    expect('charterMinAreas' in set).toBe(false);
    expect(set.id).toBe('CA-2030');
    expect(set.sources).toEqual(['one', 'two']);
  });

  it('reads the field of a server problem inside the definition', () => {
    expect(definitionField('definition: priorityAreas[1].any[0].all[2]')).toBe(
      'priorityAreas[1].any[0].all[2]',
    );
    expect(definitionField('definition')).toBe('definition');
  });
});
