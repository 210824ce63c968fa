/** The DA API's replies as the pages use them (src/server/routes/da/da.schemas.ts). */
import { STUDENT_GROUPS } from '../../../core/accountability/da-codes';

export { LEA_TYPES } from '../../../core/accountability/da-codes';
export { ASSISTANCE_KINDS, ROOT_CAUSE_THEMES } from '../../../core/accountability/da-assistance';
/** The student groups a result can name: every Dashboard group but ALL. */
export const DA_GROUPS = STUDENT_GROUPS.filter((group) => group !== 'ALL');
export const STATUSES = ['eligible', 'not_eligible', 'intensive'] as const;

export interface DaImport {
  id: string;
  year: number;
  rules: string;
  uploadedAt: string;
  summary: {
    leas: number;
    leasByType: Record<string, number>;
    years: number[];
    rowsByFile: Array<{ file: string; rows: number }>;
    ignoredCount: number;
    ignoredByReason: Record<string, number>;
    ignored: Array<{
      file: string;
      line: number;
      leaId: string;
      year: number;
      reason: string;
      detail: string | null;
    }>;
  };
}

export interface Determination {
  id: string;
  importId: string;
  year: number;
  rules: string;
  runAt: string;
  runBy: string;
  leaCount: number;
  eligibleCount: number;
}

export interface GroupDecision {
  group: string;
  priorities: string[];
}

export interface DaLeaRow {
  leaId: string;
  leaName: string | null;
  leaType: string;
  county: string | null;
  eligible: boolean;
  intensive: boolean;
  groups: GroupDecision[];
  localPriorities: string[];
  calpadsLate: boolean;
  migrant: { matchedName: string; children: number } | null;
  assistanceCount: number;
}

export interface CitedRow {
  kind: 'indicator' | 'local';
  line: number;
  year: number;
  group?: string;
  indicator?: string;
  color?: string | null;
  statusLevel?: string | null;
  n?: number | null;
  priority?: number;
  rating?: string;
}

export interface AreaCause {
  area: string;
  via: 'state' | 'local';
  rows: CitedRow[];
}

export interface Assistance {
  id: string;
  leaId: string;
  providedOn: string;
  kind: string;
  themes: string[];
  summary: string | null;
  nextSteps: string | null;
  providedBy: string;
  regionNumber: number | null;
}

export interface DaLeaPage {
  leaId: string;
  leaName: string | null;
  leaType: string;
  county: string | null;
  determination: { id: string; year: number; rules: string; runAt: string };
  record: {
    decision: {
      eligible: boolean;
      groups: GroupDecision[];
      intensive: { eligible: boolean } | null;
      charter: { rule: string } | null;
    };
    causes: Array<{ group: string; areas: AreaCause[] }>;
    localCauses: AreaCause[];
    explanation: { en: string[]; es: string[] };
  };
  history: Array<{
    year: number;
    determinationId: string;
    rules: string;
    eligible: boolean;
    intensive: boolean;
    groups: string[];
  }>;
  migrant: { matchedName: string; children: number } | null;
  assistance: Assistance[];
}

/** eligible / not eligible / intensive intervention, as one word for badges and filters. */
export function statusOf(lea: { eligible: boolean; intensive: boolean }): (typeof STATUSES)[number] {
  return lea.intensive ? 'intensive' : lea.eligible ? 'eligible' : 'not_eligible';
}

// Dark enough for white badge text at 4.5:1 (WCAG AA); Mantine's orange.9 is 4.3:1.
export const STATUS_COLORS: Record<(typeof STATUSES)[number], string> = {
  eligible: '#a84300',
  not_eligible: 'gray.7',
  intensive: 'red.9',
};
