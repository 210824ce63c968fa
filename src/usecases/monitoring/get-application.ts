import { programYearDates } from '../../core/monitoring/application';
import { adoptedPlanStrategies, fundableServices } from '../../data/repositories/applications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadApplicationFor } from './application-record';
import { presentApplication, type ApplicationView } from './present-application';

export interface ApplicationDetail extends ApplicationView {
  /** The services this application may fund (MN2.2). */
  fundableServices: { id: string; code: string; name: string; startDate: string }[];
  /** The adopted plan's strategies, for the lines and the alignment check while editing (MN3.2). */
  planStrategies: {
    number: string;
    implementer: 'region' | 'district' | 'either';
    textEn: string;
    textEs: string;
  }[];
}

/** One application the actor may read, with the services it may fund. */
export async function getApplication(ctx: UseCaseContext, id: string): Promise<ApplicationDetail> {
  requirePermission(ctx, 'monitoring.read');
  const row = await loadApplicationFor(ctx, ctx.db, id, 'read');
  const services = await fundableServices(ctx.db, {
    regionId: row.regionId,
    districtId: row.districtId,
    ...programYearDates(row.programYear),
  });
  const strategies = await adoptedPlanStrategies(ctx.db);
  return {
    ...presentApplication(row, ctx.actor),
    fundableServices: services,
    planStrategies: strategies.map(({ number, implementer, textEn, textEs }) => ({
      number,
      implementer,
      textEn,
      textEs,
    })),
  };
}
