import type { ApplicationLine, ApplicationStatus } from '../../core/monitoring/application';
import { applicationPolicy } from '../../core/monitoring/application.policy';
import type { Actor } from '../../core/people/access-scope';
import type { ApplicationKind } from '../../core/services/service-records';
import type { ApplicationRow } from '../../data/repositories/applications.repository';
import { applicationAccessOf } from './application-record';

export interface ApplicationView {
  id: string;
  regionId: string;
  regionName: string;
  districtId: string | null;
  districtName: string | null;
  kind: ApplicationKind;
  programYear: string;
  status: ApplicationStatus;
  revision: number;
  lines: ApplicationLine[];
  total: number;
  version: number;
  updatedAt: string;
  abilities: { read: boolean; edit: boolean; approve: boolean };
}

/** An application as the API shows it, with what the actor may do with it. */
export function presentApplication(row: ApplicationRow, actor: Actor): ApplicationView {
  return {
    id: row.id,
    regionId: row.regionId,
    regionName: row.regionName,
    districtId: row.districtId,
    districtName: row.districtName,
    kind: row.kind,
    programYear: row.programYear,
    status: row.status,
    revision: row.revision,
    lines: row.lines,
    total: Math.round(row.lines.reduce((sum, line) => sum + line.amount * 100, 0)) / 100,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities: applicationPolicy.abilitiesOf(actor, applicationAccessOf(row)),
  };
}
