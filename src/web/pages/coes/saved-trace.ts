import { determineValidInterview } from '../../../core/eligibility/determine-eligibility';
import type { EligibilitySettings } from '../../../core/eligibility/eligibility-settings';
import type {
  ChildDetermination,
  Determination,
  Interview,
} from '../../../core/eligibility/interview-schema';

/** A child's result but its trace, whatever the order of its keys (a saved one comes back from JSONB reordered). */
const withoutTrace = ({ trace: _trace, ...rest }: ChildDetermination) =>
  JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));

/**
 * A saved COE's determination with each child's trace in plain words (naming people and places)
 * in `language`, from the engine run again on the COE's interview. The saved determination stays
 * the record: a child whose result now comes out differently (the state's settings changed since)
 * keeps the trace it was saved with. `childNames` names the children the interview left unnamed
 * (a COE's children are named on the certificate, by their interview ids).
 */
export function savedTraceInWords(
  interview: Interview,
  saved: Determination,
  options: { language: 'en' | 'es'; settings: EligibilitySettings; childNames?: ReadonlyMap<string, string> },
): Determination {
  const { childNames, ...engine } = options;
  const named = {
    ...interview,
    children: interview.children.map((child) => ({
      ...child,
      name: child.name ?? childNames?.get(child.id),
    })),
  };
  let again: Determination;
  try {
    again = determineValidInterview(named, { ...engine, plainWords: true });
  } catch {
    return saved;
  }
  return {
    children: saved.children.map((child) => {
      const rerun = again.children.find((c) => c.child === child.child);
      return rerun && withoutTrace(rerun) === withoutTrace(child) ? { ...child, trace: rerun.trace } : child;
    }),
  };
}

/**
 * The interview with the children it left unnamed named as the certificate names them (a COE's
 * children by their interview ids), so its summary and trace speak of people, not ids.
 */
export function withChildNames(interview: Interview, names: ReadonlyMap<string, string>): Interview {
  return {
    ...interview,
    children: interview.children.map((child) => ({ ...child, name: child.name ?? names.get(child.id) })),
  };
}
