import type { CalendarDate } from '../common/calendar-date';
import type {
  DeterminationFacts,
  InterviewFacts,
  InterviewMove,
  InterviewPlace,
  InterviewWork,
} from './coe-types';

/** Where a move started or ended as the COE prints it: the city, then the state, or the country abroad (COE1.2). */
export interface CertificatePlace {
  city: string | null;
  /** The US state, or the state or province abroad. */
  state: string | null;
  /** The country, only for a place outside the US. */
  country: string | null;
}

/** One qualifying move of the certificate (COE1.2): the worker's establishing move, the worker's move paired with a child's, or a child's own. */
export interface CertificateMove {
  id: string;
  date: CalendarDate;
  from: CertificatePlace;
  to: CertificatePlace;
  /** The names of the workers who made the move (empty for a children's own move). */
  workers: string[];
  economicNecessity: boolean;
}

/** The qualifying work after the move that established a worker (COE1.3). */
export interface CertificateWork {
  worker: string;
  outcome: 'obtained' | 'sought';
  description: string | null;
  sector: string | null;
  /** `seasonal`, `temporary` or `personal-subsistence`; null for work sought. */
  employment: string | null;
  startDate: CalendarDate | null;
}

/** A worker's move away and back to the same place (COE1.5), the way back being a later move. */
export interface CertificateRoundTrip {
  worker: string;
  leftOn: CalendarDate;
  returnedOn: CalendarDate;
  home: CertificatePlace;
  away: CertificatePlace;
}

/** The facts a printed certificate of eligibility carries beyond each child's dates (docs/rules/identification-and-recruitment.md COE1). */
export interface CertificateFacts {
  /** The names of the workers whose status qualifies a child (COE1.1), in the interview's order. */
  workers: string[];
  moves: CertificateMove[];
  work: CertificateWork[];
  roundTrips: CertificateRoundTrip[];
}

const QUALIFYING_SECTORS = new Set(['agricultural', 'fishing']);
const QUALIFYING_EMPLOYMENT = new Set(['seasonal', 'temporary', 'personal-subsistence']);

const text = (value: string | undefined): string | null => value?.trim() || null;

function isAbroad(place: InterviewPlace): boolean {
  return (place.country?.trim().toUpperCase() || 'US') !== 'US';
}

/** COE1.2: the city, the state (or province), and the country only abroad; the school district or residence when no city was given. */
export function certificatePlace(place: InterviewPlace): CertificatePlace {
  return {
    city: text(place.city) ?? text(place.schoolDistrict) ?? text(place.residence),
    state: text(place.state),
    country: isAbroad(place) ? (text(place.country)?.toUpperCase() ?? null) : null,
  };
}

/** Two places are the same for a round trip when their school district (or, without one, city, state and country) match, case and spacing aside. */
function samePlace(a: InterviewPlace, b: InterviewPlace): boolean {
  const norm = (value: string | undefined) => value?.trim().replace(/\s+/g, ' ').toLowerCase() ?? '';
  if (norm(a.schoolDistrict) && norm(b.schoolDistrict))
    return norm(a.schoolDistrict) === norm(b.schoolDistrict);
  const key = (p: InterviewPlace) => [norm(p.city), norm(p.state), norm(p.country) || 'us'].join('|');
  return norm(a.city) !== '' && key(a) === key(b);
}

/** COE1.3: work after the establishing move that qualifies — agricultural or fishing, seasonal, temporary or subsistence — or such work sought. */
function isQualifyingWork(work: InterviewWork): boolean {
  if (!QUALIFYING_SECTORS.has(work.sector ?? '')) return false;
  return work.outcome === 'sought' || QUALIFYING_EMPLOYMENT.has(work.employment ?? '');
}

/**
 * What a COE prints about the workers and the moves (COE1): the qualifying workers' names,
 * every move the determination used for an eligible child — the establishing move, the
 * worker's move paired with the child's, the child's own — in date order, the qualifying work
 * after each establishing move, and any round trip a qualifying worker made.
 */
export function certificateFacts(
  interview: InterviewFacts,
  determination: DeterminationFacts,
): CertificateFacts {
  const eligible = determination.children.filter((child) => child.eligible);
  const movesById = new Map(interview.moves.map((move) => [move.id, move]));
  const nameOf = (id: string) => interview.workers.find((worker) => worker.id === id)?.name?.trim() || id;

  const workerIds = [...new Set(eligible.flatMap((child) => (child.worker ? [child.worker] : [])))];
  const ordered = interview.workers.map((w) => w.id).filter((id) => workerIds.includes(id));
  const workers = [...ordered, ...workerIds.filter((id) => !ordered.includes(id))].map(nameOf);

  const moveIds = new Set(
    eligible.flatMap((child) =>
      [child.establishingMove, child.workerMove, child.qualifyingMove].filter(
        (id): id is string => id !== null,
      ),
    ),
  );
  const used = [...moveIds]
    .map((id) => movesById.get(id))
    .filter((move): move is InterviewMove => move !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const workerIdSet = new Set(interview.workers.map((w) => w.id));
  const moves = used.map((move) => ({
    id: move.id,
    date: move.date,
    from: certificatePlace(move.from),
    to: certificatePlace(move.to),
    workers: move.movers.filter((id) => workerIdSet.has(id)).map(nameOf),
    economicNecessity: move.economicNecessity ?? false,
  }));

  const establishing = new Map<string, string>();
  for (const child of eligible)
    if (child.establishingMove && child.worker)
      establishing.set(`${child.worker} ${child.establishingMove}`, child.worker);
  const work: CertificateWork[] = [];
  const roundTrips: CertificateRoundTrip[] = [];
  for (const key of establishing.keys()) {
    const [worker, moveId] = key.split(' ') as [string, string];
    const move = movesById.get(moveId);
    if (!move) continue;
    for (const entry of move.work ?? [])
      if (entry.worker === worker && isQualifyingWork(entry))
        work.push({
          worker: nameOf(worker),
          outcome: entry.outcome,
          description: text(entry.description),
          sector: entry.sector ?? null,
          employment: entry.outcome === 'obtained' ? (entry.employment ?? null) : null,
          startDate: entry.startDate ?? null,
        });
    const back = interview.moves
      .filter((later) => later.movers.includes(worker) && later.date > move.date)
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (back && samePlace(back.to, move.from) && samePlace(back.from, move.to))
      roundTrips.push({
        worker: nameOf(worker),
        leftOn: move.date,
        returnedOn: back.date,
        home: certificatePlace(move.from),
        away: certificatePlace(move.to),
      });
  }
  return { workers, moves, work, roundTrips };
}
