/**
 * The reconciliation queue's pairing (docs/rules/identification-and-recruitment.md IR5.2) over a
 * state's children, in memory: the queue page reads every child of the reader's scope and pairs
 * them on each view, so this is what a state administrator's view costs beyond the read. The
 * children have the demo's names and birth dates from 3 to 21 years before; one in a hundred is
 * entered twice (a swapped day and month, a second surname dropped, or the same SSID).
 * Run: npx tsx bench/child-matches.ts [--children 100000]
 */
import { proposeMatches, type ReconcilableChild } from '../src/core/children/reconciliation';
import { GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, SURNAMES } from '../src/core/demo/demo-names';
import { seededRandom } from '../src/core/demo/seeded-random';
import { numberArgument, timed } from './bench-tools';

const CHILDREN = numberArgument('children', 100_000);

function children(count: number): ReconcilableChild[] {
  const random = seededRandom(21);
  const made: ReconcilableChild[] = [];
  const day = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; made.length < count; i++) {
    const child: ReconcilableChild = {
      id: `c${i}`,
      regionId: `r${random.integer(1, 24)}`,
      studentNumber: String(100000000 + i),
      statewideStudentId: random.chance(0.7) ? String(5000000000 + i) : null,
      msixId: null,
      historyStudentId: null,
      firstName: random.pick(random.chance(0.5) ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE),
      lastSurname: random.pick(SURNAMES),
      secondSurname: random.chance(0.8) ? random.pick(SURNAMES) : null,
      birthDate: `${random.integer(2005, 2023)}-${day(random.integer(1, 12))}-${day(random.integer(1, 28))}`,
    };
    made.push(child);
    if (random.chance(0.01)) {
      const [year, month, dayOfMonth] = child.birthDate.split('-');
      made.push({
        ...child,
        id: `d${i}`,
        studentNumber: String(900000000 + i),
        statewideStudentId: random.chance(0.3) ? child.statewideStudentId : null,
        birthDate: random.chance(0.5) ? `${year}-${dayOfMonth}-${month}` : child.birthDate,
        secondSurname: random.chance(0.5) ? null : child.secondSurname,
      });
    }
  }
  return made.slice(0, count);
}

const all = children(CHILDREN);
const [proposals, seconds] = await timed(async () => proposeMatches(all, {}));
const certain = proposals.filter((proposal) => proposal.certain).length;
console.log(
  `${CHILDREN.toLocaleString('en-US')} children: ${proposals.length.toLocaleString('en-US')} pairs proposed ` +
    `(${certain.toLocaleString('en-US')} certain) in ${seconds.toFixed(2)} s; ` +
    `heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`,
);
