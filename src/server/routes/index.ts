import { childCountRoutes } from './child-counts/child-counts.routes';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app';
import { authRoutes } from './auth/auth.routes';
import { systemRoutes } from './system/system.routes';
import { organizationRoutes } from './organizations/organizations.routes';
import { childrenRoutes } from './children/children.routes';
import { childMatchesRoutes } from './children/child-matches.routes';
import { childHistoryRoutes } from './children/child-history.routes';
import { childReconciliationRoutes } from './children/child-reconciliation.routes';
import { familyRoutes } from './families/families.routes';
import { enrollmentRoutes } from './enrollments/enrollments.routes';
import { auditRoutes } from './audit/audit.routes';
import { userRoutes } from './users/users.routes';
import { coeRoutes } from './coes/coes.routes';
import { eligibilityRoutes } from './eligibility/eligibility.routes';
import { qualityControlRoutes } from './quality-control/quality-control.routes';
import { daRoutes } from './da/da.routes';
import { reportRoutes } from './reports/reports.routes';
import { improvementRoutes } from './improvement/improvement.routes';
import { schoolContactRoutes } from './school-contacts/school-contacts.routes';
import { referralRoutes } from './referrals/referrals.routes';
import { recruiterWorkloadRoutes } from './referrals/workload.routes';
import { mpoOutcomeRoutes } from './mpo-outcomes/mpo-outcomes.routes';
import { apprRoutes } from './appr/appr.routes';
import { planRoutes } from './plan/plan.routes';
import { assessmentRoutes } from './assessments/assessments.routes';
import { mpoTargetRoutes } from './mpo-targets/mpo-targets.routes';
import { serviceRoutes } from './services/services.routes';
import { monitoringRoutes } from './monitoring/monitoring.routes';
import { serviceLogRoutes } from './monitoring/service-log.routes';
import { dataCloseRoutes } from './monitoring/data-close.routes';
import { masterCalendarRoutes } from './monitoring/master-calendar.routes';
import { pfsRoutes } from './pfs/pfs.routes';
import { edFiRoutes } from './ed-fi/ed-fi.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { planDevelopmentRoutes } from './plan-development/plan-development.routes';
import { interviewDraftRoutes } from './interview-drafts/interview-drafts.routes';
import { msixDeadlinesRoutes } from './exchange/msix-deadlines.routes';
import { msixChildCountRoutes } from './exchange/msix-child-count.routes';
import { msixRoutes } from './exchange/msix.routes';
import { consolidatedRecordRoutes } from './exchange/consolidated-records.routes';
import { moveNoticeRoutes } from './exchange/move-notices.routes';

/** Every route plugin of the API, mounted under /api. Add new resources here. */
export async function registerRoutes(api: FastifyInstance, options: AppOptions): Promise<void> {
  const plugins = [
    systemRoutes,
    authRoutes,
    organizationRoutes,
    childMatchesRoutes,
    childHistoryRoutes,
    childReconciliationRoutes,
    childrenRoutes,
    familyRoutes,
    enrollmentRoutes,
    auditRoutes,
    userRoutes,
    coeRoutes,
    eligibilityRoutes,
    qualityControlRoutes,
    reportRoutes,
    improvementRoutes,
    daRoutes,
    schoolContactRoutes,
    recruiterWorkloadRoutes,
    referralRoutes,
    planRoutes,
    assessmentRoutes,
    mpoTargetRoutes,
    mpoOutcomeRoutes,
    apprRoutes,
    serviceRoutes,
    monitoringRoutes,
    serviceLogRoutes,
    dataCloseRoutes,
    masterCalendarRoutes,
    pfsRoutes,
    edFiRoutes,
    childCountRoutes,
    interviewDraftRoutes,
    calendarRoutes,
    planDevelopmentRoutes,
    msixRoutes,
    consolidatedRecordRoutes,
    moveNoticeRoutes,
    msixChildCountRoutes,
    msixDeadlinesRoutes,
  ];
  for (const plugin of plugins) await api.register(plugin, options);
}
