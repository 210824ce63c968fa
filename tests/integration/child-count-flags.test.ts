import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/recruitment/performance-period';
import type { DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { allChildCountEntries, childCountFigures } from '../../src/data/repositories/child-count.repository';
import { createChild } from '../../src/usecases/children/create-child';
import { updateChild } from '../../src/usecases/children/update-child';
import { CLI_ACTOR } from '../../src/usecases/context';
import { buildRegion } from '../factories';
import { freshDatabases } from '../support/fresh-databases';

const TODAY = '2026-12-06';
const PERIOD = parsePeriod('2024-25', 'period');

/** S5.9: the English-learner and disability flags of Ciclo's own children, in the counts' breakdowns. */
describe.each(freshDatabases('child_count_flags'))(
  'the count flags of Ciclo’s children on $name',
  (database) => {
    let handle: DatabaseHandle;
    let regionId: string;
    const ctx = () => ({ db: handle.db, actor: CLI_ACTOR });

    beforeAll(async () => {
      handle = await database.open();
      await migrateToLatest(handle.db);
      regionId = (await buildRegion(handle.db)).id;
    });
    afterAll(async () => {
      await handle?.close();
      await database.drop();
    });

    async function eligibleChild(flags: { englishLearner?: boolean; disability?: boolean }) {
      const child = await createChild(
        ctx(),
        {
          regionId,
          familyId: null,
          firstName: 'Ana',
          middleName: null,
          lastSurname: 'Pérez',
          secondSurname: null,
          generationCodeSuffix: null,
          birthDate: '2015-03-09',
          birthCity: null,
          birthState: null,
          birthCountry: 'MX',
          sex: 'female',
          statewideStudentId: null,
          ...flags,
        },
        TODAY,
      );
      await handle.db
        .insertInto('child_eligibilities')
        .values({ child_id: child.id, qad: '2024-10-01', eligibility_end_date: '2027-09-30' })
        .execute();
      return child;
    }

    const entryOf = async (studentNumber: string) =>
      (await allChildCountEntries(handle.db, { period: PERIOD })).find((e) => e.studentId === studentNumber);

    it('counts a child created with the flags as an English learner or a child with a disability', async () => {
      const learner = await eligibleChild({ englishLearner: true });
      const plain = await eligibleChild({});
      expect([learner.englishLearner, learner.disability, plain.englishLearner, plain.disability]).toEqual([
        true,
        false,
        false,
        false,
      ]);
      expect(await entryOf(learner.studentNumber)).toMatchObject({ englishLearner: true, disability: false });
      expect(await entryOf(plain.studentNumber)).toMatchObject({ englishLearner: false, disability: false });
      const { breakdown } = await childCountFigures(handle.db, { period: PERIOD });
      expect(breakdown.englishLearners.category1).toBe(1);
      expect(breakdown.disabilities.category1).toBe(0);
    });

    it('changes a flag on the child’s page at the version read, audited, and the counts follow', async () => {
      const child = await eligibleChild({});
      const changed = await updateChild(ctx(), child.id, { version: child.version, disability: true }, TODAY);
      expect(changed).toMatchObject({ disability: true, englishLearner: false, version: child.version + 1 });
      expect(await entryOf(child.studentNumber)).toMatchObject({ disability: true });
      expect((await childCountFigures(handle.db, { period: PERIOD })).breakdown.disabilities.category1).toBe(
        1,
      );
      const audit = await handle.db
        .selectFrom('audit_events')
        .select(['action', 'before', 'after'])
        .where('entity_id', '=', child.id)
        .where('action', '=', 'update')
        .executeTakeFirstOrThrow();
      expect(audit.before).toMatchObject({ disability: false });
      expect(audit.after).toMatchObject({ disability: true });
      await expect(
        updateChild(ctx(), child.id, { version: child.version, englishLearner: true }, TODAY),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await entryOf(child.studentNumber)).toMatchObject({ englishLearner: false });
    });
  },
);
