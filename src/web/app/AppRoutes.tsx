import { Route, Routes } from 'react-router';
import { AuditPage } from '../pages/admin/AuditPage';
import { DaLeaPage } from '../pages/da/DaLeaPage';
import { DaResultsPage } from '../pages/da/DaResultsPage';
import { DaUploadPage } from '../pages/da/DaUploadPage';
import { UsersPage } from '../pages/admin/UsersPage';
import { ChildPage } from '../pages/children/ChildPage';
import { ChildrenPage } from '../pages/children/ChildrenPage';
import { CoePage } from '../pages/coes/CoePage';
import { CoesPage } from '../pages/coes/CoesPage';
import { HomePage } from '../pages/HomePage';
import { InterviewPage } from '../pages/interview/InterviewPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { DataPacketPage } from '../pages/reports/DataPacketPage';
import { QualificationImportPage } from '../pages/reports/QualificationImportPage';
import { SchoolContactLogPage } from '../pages/school-contacts/SchoolContactLogPage';
import { ReferralImportPage } from '../pages/referrals/ReferralImportPage';
import { ReferralPage } from '../pages/referrals/ReferralPage';
import { ReferralQueuePage } from '../pages/referrals/ReferralQueuePage';
import { RulesPage } from '../pages/referrals/RulesPage';
import { DaRuleSetsPage } from '../pages/da/DaRuleSetsPage';
import { DaAssistancePage } from '../pages/da/DaAssistancePage';
import { QualityControlPage } from '../pages/quality-control/QualityControlPage';
import { WatchListPage } from '../pages/eligibility/WatchListPage';

/** Every page of the app; modules add their routes here. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/children" element={<ChildrenPage />} />
      <Route path="/children/:id" element={<ChildPage />} />
      <Route path="/eligibility/watch" element={<WatchListPage />} />
      <Route path="/interview" element={<InterviewPage />} />
      <Route path="/coes" element={<CoesPage />} />
      <Route path="/coes/:id" element={<CoePage />} />
      <Route path="/da/assistance" element={<DaAssistancePage />} />
      <Route path="/da/rule-sets" element={<DaRuleSetsPage />} />
      <Route path="/referrals" element={<ReferralQueuePage />} />
      <Route path="/referrals/import" element={<ReferralImportPage />} />
      <Route path="/referrals/rules" element={<RulesPage />} />
      <Route path="/referrals/:id" element={<ReferralPage />} />
      <Route path="/reports/data-packet" element={<DataPacketPage />} />
      <Route path="/reports/qualifications/import" element={<QualificationImportPage />} />
      <Route path="/da" element={<DaResultsPage />} />
      <Route path="/da/upload" element={<DaUploadPage />} />
      <Route path="/da/leas/:id" element={<DaLeaPage />} />
      <Route path="/school-contacts" element={<SchoolContactLogPage />} />
      <Route path="/quality-control" element={<QualityControlPage />} />
      <Route path="/admin/audit" element={<AuditPage />} />
      <Route path="/admin/users" element={<UsersPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
