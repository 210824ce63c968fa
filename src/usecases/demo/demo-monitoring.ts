/**
 * Load the demo's monitoring (src/core/demo/demo-monitoring.ts) through the monitoring use cases
 * as the demo actor, so every record is checked and audited as a region's own: the demo region's
 * regional application (submitted) and a reimbursable district's DSA (approved) for the current
 * program year, last month's Service Implementation Monitoring Log of the region's services, and
 * the summer term's EPC verifications. Needs the adopted demo plan and the demo services.
 */
import type { CalendarDate } from '../../core/common/calendar-date';
import {
  demoApplications,
  demoEpcVerifications,
  demoLogEntries,
  demoMonitoringMonth,
} from '../../core/demo/demo-monitoring';
import { programYearDates, programYearOf } from '../../core/monitoring/application';
import type { Db } from '../../data/db';
import {
  adoptedPlanStrategies,
  listReimbursableDistricts,
} from '../../data/repositories/applications.repository';
import { findFirstDistrictIdOfRegion } from '../../data/repositories/organizations.repository';
import type { UseCaseContext } from '../context';
import { createApplication } from '../monitoring/create-application';
import { epcStrategies } from '../monitoring/epc-record';
import { getEpcChecklist } from '../monitoring/get-epc-checklist';
import { saveEpcLinks } from '../monitoring/save-epc-links';
import { saveServiceLogEntry } from '../monitoring/save-service-log-entry';
import { getServiceLog } from '../monitoring/service-log';
import { stepApplication } from '../monitoring/step-application';
import { verifyEpc } from '../monitoring/verify-epc';
import { listServices } from '../services/list-services';
import { DEMO_ACTOR } from './demo-referrals';

export async function loadDemoMonitoring(
  db: Db,
  options: { regionIds: ReadonlyMap<number, string>; demoRegion: number; today: CalendarDate },
): Promise<void> {
  const regionId = options.regionIds.get(options.demoRegion);
  const strategies = await adoptedPlanStrategies(db);
  if (!regionId || strategies.length === 0) return;
  const ctx: UseCaseContext = { db, actor: DEMO_ACTOR };
  const { today } = options;

  // The applications of the current program year (MN2, MN3).
  const { from, to } = programYearDates(programYearOf(today));
  const services = (await listServices(ctx, { regionId, limit: 200 })).items.filter(
    (s) => s.districtId === null && s.startDate >= from && s.startDate <= to,
  );
  const applications = demoApplications(today, strategies, services);
  const regional = await createApplication(ctx, {
    regionId,
    districtId: null,
    kind: 'regional_application',
    programYear: applications.programYear,
    lines: applications.regional,
  });
  await stepApplication(ctx, regional.id, { version: regional.version, step: 'submit' });
  const districtId = await demoDistrictOf(db, regionId);
  if (districtId && applications.district.length > 0) {
    const dsa = await createApplication(ctx, {
      regionId,
      districtId,
      kind: 'dsa',
      programYear: applications.programYear,
      lines: applications.district,
    });
    const submitted = await stepApplication(ctx, dsa.id, { version: dsa.version, step: 'submit' });
    await stepApplication(ctx, dsa.id, { version: submitted.version, step: 'approve' });
  }

  // Last month's Service Implementation Monitoring Log (MN5).
  const month = demoMonitoringMonth(today);
  const log = await getServiceLog(ctx, { regionId, month }, today);
  const entries = demoLogEntries(
    log.services
      .filter((item) => item.facts.enrolled > 0)
      .map((item) => ({ serviceId: item.service.id, suggestion: item.suggestion })),
  );
  for (const { serviceId, entry } of entries)
    await saveServiceLogEntry(ctx, { ...entry, serviceId, month, version: null }, today);

  // The summer term's EPC verifications of the region (MN4).
  const epc = demoEpcVerifications(
    today,
    (await epcStrategies(db)).map((s) => s.number),
  );
  for (const row of epc.rows) {
    const key = {
      regionId,
      districtId: null,
      programYear: epc.programYear,
      term: epc.term,
      strategy: row.strategy,
    };
    await saveEpcLinks(ctx, { ...key, version: null, links: row.links });
    const saved = (
      await getEpcChecklist(ctx, { regionId, programYear: epc.programYear, term: epc.term })
    ).items.find((item) => item.strategy === row.strategy);
    await verifyEpc(ctx, {
      ...key,
      version: saved?.version ?? null,
      outcome: row.outcome,
      checklist: row.checklist,
      date: row.date,
      comment: row.comment,
    });
  }
}

/** The district of the demo's DSA: the demo district account's when reimbursable, else the region's first reimbursable one. */
async function demoDistrictOf(db: Db, regionId: string): Promise<string | undefined> {
  const reimbursable = await listReimbursableDistricts(db, regionId);
  const staffDistrict = await findFirstDistrictIdOfRegion(db, regionId);
  return reimbursable.find((d) => d.id === staffDistrict)?.id ?? reimbursable[0]?.id;
}
