import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoader } from '../components/PageLoader';
import { useEraseExpiredDeviceRecords } from '../offline/use-erase-expired';
import { useSendWaitingCoes } from '../offline/use-send-waiting-coes';
import { lazyPage } from './lazy-page';

// Each page is a chunk of its own, fetched when first shown, so the first page a phone
// opens does not wait for the code of every other module (bench/web-bundle.ts measures it).
const HomePage = lazyPage(() => import('../pages/HomePage'), 'HomePage');
const ChildrenPage = lazyPage(() => import('../pages/children/ChildrenPage'), 'ChildrenPage');
const ChildPage = lazyPage(() => import('../pages/children/ChildPage'), 'ChildPage');
const ReconciliationPage = lazyPage(
  () => import('../pages/children/reconciliation/ReconciliationPage'),
  'ReconciliationPage',
);
const FamilyPage = lazyPage(() => import('../pages/families/FamilyPage'), 'FamilyPage');
const WatchListPage = lazyPage(() => import('../pages/eligibility/WatchListPage'), 'WatchListPage');
const InterviewPage = lazyPage(() => import('../pages/interview/InterviewPage'), 'InterviewPage');
const CoesPage = lazyPage(() => import('../pages/coes/CoesPage'), 'CoesPage');
const CoePage = lazyPage(() => import('../pages/coes/CoePage'), 'CoePage');
const DaAssistancePage = lazyPage(() => import('../pages/da/DaAssistancePage'), 'DaAssistancePage');
const DaRuleSetsPage = lazyPage(() => import('../pages/da/DaRuleSetsPage'), 'DaRuleSetsPage');
const ReferralQueuePage = lazyPage(() => import('../pages/referrals/ReferralQueuePage'), 'ReferralQueuePage');
const ReferralImportPage = lazyPage(
  () => import('../pages/referrals/ReferralImportPage'),
  'ReferralImportPage',
);
const RulesPage = lazyPage(() => import('../pages/referrals/RulesPage'), 'RulesPage');
const WorkloadPage = lazyPage(() => import('../pages/referrals/WorkloadPage'), 'WorkloadPage');
const ReferralPage = lazyPage(() => import('../pages/referrals/ReferralPage'), 'ReferralPage');
const DataPacketPage = lazyPage(() => import('../pages/reports/DataPacketPage'), 'DataPacketPage');
const MeasuresPage = lazyPage(() => import('../pages/improvement/MeasuresPage'), 'MeasuresPage');
const NetworkPage = lazyPage(() => import('../pages/improvement/NetworkPage'), 'NetworkPage');
const ProjectPage = lazyPage(() => import('../pages/improvement/ProjectPage'), 'ProjectPage');
const QualificationImportPage = lazyPage(
  () => import('../pages/reports/QualificationImportPage'),
  'QualificationImportPage',
);
const DaResultsPage = lazyPage(() => import('../pages/da/DaResultsPage'), 'DaResultsPage');
const DaUploadPage = lazyPage(() => import('../pages/da/DaUploadPage'), 'DaUploadPage');
const DaLeaPage = lazyPage(() => import('../pages/da/DaLeaPage'), 'DaLeaPage');
const SchoolContactLogPage = lazyPage(
  () => import('../pages/school-contacts/SchoolContactLogPage'),
  'SchoolContactLogPage',
);
const QualityControlPage = lazyPage(
  () => import('../pages/quality-control/QualityControlPage'),
  'QualityControlPage',
);
const AuditPage = lazyPage(() => import('../pages/admin/AuditPage'), 'AuditPage');
const OrganizationsPage = lazyPage(
  () => import('../pages/admin/organizations/OrganizationsPage'),
  'OrganizationsPage',
);
const SettingsPage = lazyPage(() => import('../pages/admin/settings/SettingsPage'), 'SettingsPage');
const UsersPage = lazyPage(() => import('../pages/admin/users/UsersPage'), 'UsersPage');
const AssessmentsPage = lazyPage(() => import('../pages/assessments/AssessmentsPage'), 'AssessmentsPage');
const MpoTargetsPage = lazyPage(() => import('../pages/mpo-targets/MpoTargetsPage'), 'MpoTargetsPage');
const PfsListPage = lazyPage(() => import('../pages/pfs/PfsListPage'), 'PfsListPage');
const MsixPage = lazyPage(() => import('../pages/msix/MsixPage'), 'MsixPage');
const MsixRecordsImportPage = lazyPage(
  () => import('../pages/msix/MsixRecordsImportPage'),
  'MsixRecordsImportPage',
);
const MoveNoticeImportPage = lazyPage(
  () => import('../pages/move-notices/MoveNoticeImportPage'),
  'MoveNoticeImportPage',
);
const ChildCountsPage = lazyPage(() => import('../pages/child-counts/ChildCountsPage'), 'ChildCountsPage');
const ServicesPage = lazyPage(() => import('../pages/services/ServicesPage'), 'ServicesPage');
const ServicePage = lazyPage(() => import('../pages/services/ServicePage'), 'ServicePage');
const ServiceFormPage = lazyPage(() => import('../pages/services/ServiceFormPage'), 'ServiceFormPage');
const AttendanceSheetPage = lazyPage(
  () => import('../pages/services/AttendanceSheetPage'),
  'AttendanceSheetPage',
);
const TestScoresPage = lazyPage(() => import('../pages/services/TestScoresPage'), 'TestScoresPage');
const ServiceImportPage = lazyPage(() => import('../pages/services/ServiceImportPage'), 'ServiceImportPage');
const ServiceCodeMapPage = lazyPage(
  () => import('../pages/services/ServiceCodeMapPage'),
  'ServiceCodeMapPage',
);
const MpoOutcomesPage = lazyPage(() => import('../pages/outcomes/MpoOutcomesPage'), 'MpoOutcomesPage');
const ApprHomePage = lazyPage(() => import('../pages/outcomes/ApprHomePage'), 'ApprHomePage');
const ApprPage = lazyPage(() => import('../pages/outcomes/ApprPage'), 'ApprPage');
const StateRollUpPage = lazyPage(() => import('../pages/outcomes/StateRollUpPage'), 'StateRollUpPage');
const PlanPage = lazyPage(() => import('../pages/plan/PlanPage'), 'PlanPage');
const PlanVersionPage = lazyPage(() => import('../pages/plan/PlanVersionPage'), 'PlanVersionPage');
const CalendarPage = lazyPage(() => import('../pages/calendar/CalendarPage'), 'CalendarPage');
const ApplicationsPage = lazyPage(() => import('../pages/monitoring/ApplicationsPage'), 'ApplicationsPage');
const ApplicationPage = lazyPage(() => import('../pages/monitoring/ApplicationPage'), 'ApplicationPage');
const TrackingLogPage = lazyPage(() => import('../pages/monitoring/TrackingLogPage'), 'TrackingLogPage');
const PlanDevelopmentListPage = lazyPage(
  () => import('../pages/plan-development/PlanDevelopmentListPage'),
  'PlanDevelopmentListPage',
);
const PlanDevelopmentPage = lazyPage(
  () => import('../pages/plan-development/PlanDevelopmentPage'),
  'PlanDevelopmentPage',
);
const EpcPage = lazyPage(() => import('../pages/monitoring/EpcPage'), 'EpcPage');
const ServiceLogPage = lazyPage(() => import('../pages/monitoring/ServiceLogPage'), 'ServiceLogPage');
const DataClosePage = lazyPage(() => import('../pages/monitoring/DataClosePage'), 'DataClosePage');
const MasterCalendarPage = lazyPage(
  () => import('../pages/monitoring/MasterCalendarPage'),
  'MasterCalendarPage',
);
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage'), 'NotFoundPage');

/** Every page of the app; modules add their routes here. */
export function AppRoutes() {
  // A COE taken offline goes when the network returns, whichever page is open (ID7.1); what the
  // device keeps of children's records goes after the state's keeping period (ID5.1).
  useSendWaitingCoes();
  useEraseExpiredDeviceRecords();
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/children" element={<ChildrenPage />} />
        <Route path="/children/reconciliation" element={<ReconciliationPage />} />
        <Route path="/children/:id" element={<ChildPage />} />
        <Route path="/families/:id" element={<FamilyPage />} />
        <Route path="/eligibility/watch" element={<WatchListPage />} />
        <Route path="/interview" element={<InterviewPage />} />
        <Route path="/coes" element={<CoesPage />} />
        <Route path="/coes/:id" element={<CoePage />} />
        <Route path="/da/assistance" element={<DaAssistancePage />} />
        <Route path="/da/rule-sets" element={<DaRuleSetsPage />} />
        <Route path="/referrals" element={<ReferralQueuePage />} />
        <Route path="/referrals/import" element={<ReferralImportPage />} />
        <Route path="/referrals/rules" element={<RulesPage />} />
        <Route path="/referrals/workload" element={<WorkloadPage />} />
        <Route path="/referrals/:id" element={<ReferralPage />} />
        <Route path="/reports/data-packet" element={<DataPacketPage />} />
        <Route path="/improvement/measures" element={<MeasuresPage />} />
        <Route path="/improvement/network" element={<NetworkPage />} />
        <Route path="/improvement/teams/:teamId" element={<ProjectPage />} />
        <Route path="/reports/qualifications/import" element={<QualificationImportPage />} />
        <Route path="/da" element={<DaResultsPage />} />
        <Route path="/da/upload" element={<DaUploadPage />} />
        <Route path="/da/leas/:id" element={<DaLeaPage />} />
        <Route path="/school-contacts" element={<SchoolContactLogPage />} />
        <Route path="/quality-control" element={<QualityControlPage />} />
        <Route path="/admin/audit" element={<AuditPage />} />
        <Route path="/admin/organizations" element={<OrganizationsPage />} />
        <Route path="/admin/users" element={<UsersPage />} />
        <Route path="/admin/settings" element={<SettingsPage />} />
        <Route path="/assessments" element={<AssessmentsPage />} />
        <Route path="/mpo-targets" element={<MpoTargetsPage />} />
        <Route path="/pfs" element={<PfsListPage />} />
        <Route path="/msix" element={<MsixPage />} />
        <Route path="/msix/records/import" element={<MsixRecordsImportPage />} />
        <Route path="/msix/move-notices/import" element={<MoveNoticeImportPage />} />
        <Route path="/child-counts" element={<ChildCountsPage />} />
        <Route path="/services" element={<ServicesPage />} />
        <Route path="/services/new" element={<ServiceFormPage />} />
        <Route path="/services/code-map" element={<ServiceCodeMapPage />} />
        <Route path="/services/:serviceId" element={<ServicePage />} />
        <Route path="/services/:serviceId/edit" element={<ServiceFormPage />} />
        <Route path="/services/:serviceId/attendance" element={<AttendanceSheetPage />} />
        <Route path="/services/:serviceId/tests" element={<TestScoresPage />} />
        <Route path="/services/:serviceId/import" element={<ServiceImportPage />} />
        <Route path="/outcomes" element={<MpoOutcomesPage />} />
        <Route path="/appr" element={<ApprHomePage />} />
        <Route path="/appr/state/:period" element={<StateRollUpPage />} />
        <Route path="/appr/:regionId/:period" element={<ApprPage />} />
        <Route path="/plan" element={<PlanPage />} />
        <Route path="/plan/versions/:id" element={<PlanVersionPage />} />
        <Route path="/calendar" element={<CalendarPage />} />
        <Route path="/monitoring/applications" element={<ApplicationsPage />} />
        <Route path="/monitoring/applications/:applicationId" element={<ApplicationPage />} />
        <Route path="/monitoring/tracking-log" element={<TrackingLogPage />} />
        <Route path="/plan-development" element={<PlanDevelopmentListPage />} />
        <Route path="/plan-development/:id" element={<PlanDevelopmentPage />} />
        <Route path="/monitoring/epc" element={<EpcPage />} />
        <Route path="/monitoring/service-log" element={<ServiceLogPage />} />
        <Route path="/monitoring/data-close" element={<DataClosePage />} />
        <Route path="/monitoring/master-calendar" element={<MasterCalendarPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
