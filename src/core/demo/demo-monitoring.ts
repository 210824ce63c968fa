/**
 * The demo's monitoring (docs/rules/monitoring.md), pure: the demo region's regional application
 * and one reimbursable district's DSA for the current program year, with lines carrying every
 * strategy of the adopted plan but one (so the alignment check has a strategy to name); the
 * Service Implementation Monitoring Log of last month for the region's running services (all
 * confirmed, one needing attention); and two EPC verifications of the summer term (one verified
 * with its link, one needing more). The loader (src/usecases/demo/demo-monitoring.ts) saves them
 * through the monitoring use cases, so each is checked and audited like a region's own.
 */
import { addMonths, type CalendarDate } from '../common/calendar-date';
import type { ApplicationLine } from '../monitoring/application';
import { programYearOf } from '../monitoring/application';
import {
  EPC_CHECKLIST,
  type EpcChecklistItem,
  type EpcLink,
  type EpcOutcome,
  type EpcTerm,
} from '../monitoring/epc';
import type { MonitoringEntry, Suggestion } from '../monitoring/service-monitoring';

/** A strategy of the adopted plan as the demo needs it. */
export interface DemoPlanStrategy {
  number: string;
  implementer: 'region' | 'district' | 'either';
}

/** A service an application of the demo may fund: its id and the MPOs it is aligned to (`1.0`). */
export interface DemoFundableService {
  id: string;
  mpos: readonly string[];
}

export interface DemoApplications {
  programYear: string;
  regional: ApplicationLine[];
  /** The DSA of one reimbursable district: the strategies the plan asks of districts. */
  district: ApplicationLine[];
  /** The strategy no line carries: the alignment check names it (MN3.2). */
  leftOut: string | null;
}

/** The need area of a strategy or an MPO number: `1` for `1.2` and `1.0`. */
function areaOf(number: string): string {
  return number.split('.')[0]!;
}

/** Demo amounts: a round sum per line, larger for lines funding more services. */
function amountOf(services: number, index: number): number {
  return 18_000 + services * 12_500 + index * 1_250;
}

/**
 * The demo's applications for the program year `today` falls in: the last strategy of the plan
 * is left out; the strategies the plan asks of districts go to the district's DSA (one line),
 * the others to the regional application, one line per need area funding the region's services
 * aligned to an MPO of that area.
 */
export function demoApplications(
  today: CalendarDate,
  strategies: readonly DemoPlanStrategy[],
  regionServices: readonly DemoFundableService[],
): DemoApplications {
  const leftOut = strategies.at(-1)?.number ?? null;
  const carried = strategies.filter((s) => s.number !== leftOut);
  const areas = [
    ...new Set(carried.filter((s) => s.implementer !== 'district').map((s) => areaOf(s.number))),
  ];
  const regional = areas.map((area, index): ApplicationLine => {
    const services = regionServices.filter((s) => s.mpos.some((mpo) => areaOf(mpo) === area));
    return {
      label: String(index + 1),
      description: `Need area ${area}: the region's services and activities (demo value)`,
      fundingResource: '3060',
      amount: amountOf(services.length, index),
      strategies: carried
        .filter((s) => s.implementer !== 'district' && areaOf(s.number) === area)
        .map((s) => s.number),
      serviceIds: services.map((s) => s.id),
    };
  });
  const districtStrategies = carried.filter((s) => s.implementer === 'district').map((s) => s.number);
  const district: ApplicationLine[] =
    districtStrategies.length === 0
      ? []
      : [
          {
            label: '1',
            description:
              "The district's family literacy, teacher training and kindergarten transition (demo value)",
            fundingResource: '3060',
            amount: 24_500,
            strategies: districtStrategies,
            serviceIds: [],
          },
        ];
  return { programYear: programYearOf(today), regional, district, leftOut };
}

/** The month of the demo's monitoring log: the one before `today`'s (`2026-11` in December 2026). */
export function demoMonitoringMonth(today: CalendarDate): string {
  return addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** A service of the log as the demo needs it: what Ciclo suggests for it. */
export interface DemoLogService {
  serviceId: string;
  suggestion: Suggestion;
}

export const DEMO_ATTENTION_NOTE =
  'Attendance fell after the harvest moved; budget revision submitted to add evening sessions (demo value).';
const DEMO_NO_ACTUAL_START_NOTE =
  'Started on the planned day; the actual start date is entered with the end date when the service closes (demo value).';
const DEMO_WEEKLY_NOTE =
  'Each child comes to one weekly session, and most came to every one: the sign-in sheets were reviewed (demo value).';

/**
 * The entries the region confirms for last month (MN5.4): every service started on time and is
 * implemented as described, its attendance reviewed and met, its tests as Ciclo suggests where
 * it can tell. Where the records say otherwise the entry is a correction with its note: a
 * running service has no actual start recorded yet, and the demo's children each come to one
 * weekly session while the service meets on several days. The last service needs attention
 * (MN5.5): its attendance is not met, with a budget revision submitted.
 */
export function demoLogEntries(
  services: readonly DemoLogService[],
): Array<{ serviceId: string; entry: MonitoringEntry }> {
  return services.map(({ serviceId, suggestion }, index) => {
    const attention = index === services.length - 1;
    const entry: MonitoringEntry = {
      startedOnTime: 'yes',
      asDescribed: 'yes',
      attendance: attention ? 'no' : 'yes',
      tests: suggestion.tests === 'unknown' ? null : suggestion.tests,
      adjustmentKind: attention ? 'budget_revision' : 'none',
      adjustmentStatus: attention ? 'submitted' : null,
      note: '',
    };
    entry.note = [
      ...(suggestion.startedOnTime === 'no' ? [DEMO_NO_ACTUAL_START_NOTE] : []),
      ...(!attention && suggestion.attendance === 'no' ? [DEMO_WEEKLY_NOTE] : []),
      ...(attention ? [DEMO_ATTENTION_NOTE] : []),
    ].join(' ');
    return { serviceId, entry };
  });
}

/** An EPC verification of the demo: the documentation's links and the consultant's outcome. */
export interface DemoEpcVerification {
  strategy: string;
  links: EpcLink[];
  outcome: EpcOutcome;
  checklist: EpcChecklistItem[];
  date: CalendarDate;
  comment: string;
}

/**
 * The summer term's verifications of the current program year (MN4.1, MN4.3): the first
 * strategy an EPC verifies is verified, every checklist item found, with a link to its
 * documentation; the second needs more (no participants' work); the others wait. Dated in the
 * last weeks before `today`.
 */
export function demoEpcVerifications(
  today: CalendarDate,
  epcStrategies: readonly string[],
): { programYear: string; term: EpcTerm; rows: DemoEpcVerification[] } {
  const [first, second] = epcStrategies;
  const rows: DemoEpcVerification[] = [];
  const yearStart = `${programYearOf(today).slice(0, 4)}-07-01`;
  const monthAgo = addMonths(today, -1);
  const date = monthAgo < yearStart ? yearStart : monthAgo;
  if (first)
    rows.push({
      strategy: first,
      links: [
        { label: 'Summer academy documentation (demo)', url: 'https://example.org/demo/epc/summer-academy' },
      ],
      outcome: 'verified',
      checklist: [...EPC_CHECKLIST],
      date,
      comment: 'Every item found (demo value).',
    });
  if (second)
    rows.push({
      strategy: second,
      links: [{ label: 'Attendance sheets (demo)', url: 'https://example.org/demo/epc/attendance' }],
      outcome: 'needs_more',
      checklist: EPC_CHECKLIST.filter((item) => item !== 'participant_work'),
      date,
      comment: "Participants' work samples are missing (demo value).",
    });
  return { programYear: programYearOf(today), term: 'summer', rows };
}
