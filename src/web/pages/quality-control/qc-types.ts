/** The quality-control API's shapes (src/server/routes/quality-control/quality-control.schemas.ts). */
export type ReinterviewResult = 'confirmed' | 'discrepancy';

export interface SampleSummary {
  id: string;
  perRegion: number;
  approvedFrom: string;
  approvedTo: string;
  drawnAt: string;
}

export interface Reinterview {
  id: string;
  coeId: string;
  regionId: string;
  regionNumber: number;
  reinterviewerId: string | null;
  reinterviewerName: string | null;
  result: ReinterviewResult | null;
  notes: string | null;
}

export interface DiscrepancyRate {
  sampled: number;
  completed: number;
  discrepancies: number;
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface Sample extends SampleSummary {
  seed: number;
  items: Reinterview[];
  regions: Array<DiscrepancyRate & { regionNumber: number }>;
  overall: DiscrepancyRate;
}

export interface UserRow {
  id: string;
  displayName: string;
  role: string;
  regionNumber: number | null;
  isActive: boolean;
}
