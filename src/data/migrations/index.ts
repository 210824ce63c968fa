import type { Migration } from 'kysely';
import * as createOrganizationsAndUsers from './20261122000100_create-organizations-and-users';
import * as createChildrenAndFamilies from './20261122000200_create-children-and-families';
import * as createCoes from './20261122003000_create-coes';
import * as createQualityControl from './20261122003100_create-quality-control';
import * as createQualificationRecords from './20261123000100_create-qualification-records';
import * as createDataPacketProtocols from './20261123000200_create-data-packet-protocols';
import * as createDa from './20261123001000_create-da';
import * as createSchoolContacts from './20261123003000_create-school-contacts';
import * as createReferrals from './20261123004000_create-referrals';
import * as createDaRuleSets from './20261123005000_create-da-rule-sets';
import * as createSignInFailures from './20261205000100_create-sign-in-failures';
import * as createServices from './20261205000200_create-services';
import * as indexServicesReport from './20261205000300_index-services-report';
import * as createChildCountCertifications from './20261205000500_create-child-count-certifications';
import * as createChildSchoolStatuses from './20261205000600_create-child-school-statuses';
import * as versionAssessmentResults from './20261205000700_version-assessment-results';
import * as indexAssessmentLevels from './20261205000800_index-assessment-levels';
import * as keepAttendedMinutes from './20261205000900_keep-attended-minutes';
import * as createDocuments from './20261205001000_create-documents';
import * as createApplications from './20261205001100_create-applications';
import * as createEpcVerifications from './20261205001200_create-epc-verifications';
import * as createCalendar from './20261205002000_create-calendar';
import * as createPlanDevelopment from './20261205002100_create-plan-development';
import * as createImprovementNetwork from './20261205003000_create-improvement-network';
import * as createImprovementProjects from './20261205003100_create-improvement-projects';
import * as linkCoesToReferrals from './20261205004000_link-coes-to-referrals';
import * as rememberClearedSignatures from './20261205004100_remember-cleared-signatures';
import * as createInterviewDrafts from './20261205005000_create-interview-drafts';
import * as createServiceMonitoring from './20261205006000_create-service-monitoring';
import * as createImprovementChartPhases from './20261205100000_create-improvement-chart-phases';
import * as createProgramYearClosures from './20261205110000_create-program-year-closures';
import * as epcBySubgrantee from './20261205120000_epc-by-subgrantee';
import * as phasesFromPlanStrategies from './20261205130000_phases-from-plan-strategies';
import * as submissionKeys from './20261205140000_submission-keys';
import * as packetHistoryAndFamilies from './20261206010000_packet-history-and-families';
import * as referralSourcesAndOverrides from './20261206020000_referral-sources-and-overrides';
import * as districtRecruiters from './20261206030000_district-recruiters';
import * as userPositionTitles from './20261206030100_user-position-titles';
import * as mustChangePassword from './20261206040000_must-change-password';
import * as schoolDirectory from './20261206040100_school-directory';
import * as manageUsers from './20261206050000_manage-users';
import * as childProgramFlags from './20261206060000_child-program-flags';
import * as childHistoryNotThisChild from './20261206070000_child-history-not-this-child';
import * as familyDistricts from './20261206070100_family-districts';
import * as versionAssistanceRecords from './20261206070200_version-assistance-records';
import * as versionStateSettings from './20261206080000_version-state-settings';
import * as versionFamiliesSchoolContacts from './20261206090000_version-families-school-contacts';
import * as keepFirstAttendanceDay from './20261206100000_keep-first-attendance-day';
import * as createMsixExports from './20261206110000_create-msix-exports';
import * as keepNcesIds from './20261206120000_keep-nces-ids';
import * as msixMoveNotices from './20261207020000_msix-move-notices';
import * as createMsixConsolidatedRecords from './20261207030000_create-msix-consolidated-records';
import * as keepMsixExportSent from './20261207040000_keep-msix-export-sent';
import * as familyMemberSex from './20261207060000_family-member-sex';
import * as msixSnapshotByChild from './20261207070000_msix-snapshot-by-child';
import * as familyMemberOrder from './20261207080000_family-member-order';
import * as childIdentities from './20261207010000_child-identities';
import * as versionDaRuleSets from './20261207000000_version-da-rule-sets';

/**
 * Every migration, in order. Names are timestamps; Kysely refuses to run when the applied
 * migrations are not a prefix of this list, so an older app never runs on a newer schema.
 */
export const migrations: Record<string, Migration> = {
  '20261122000100_create-organizations-and-users': createOrganizationsAndUsers,
  '20261122000200_create-children-and-families': createChildrenAndFamilies,
  '20261122003000_create-coes': createCoes,
  '20261122003100_create-quality-control': createQualityControl,
  '20261123000100_create-qualification-records': createQualificationRecords,
  '20261123000200_create-data-packet-protocols': createDataPacketProtocols,
  '20261123001000_create-da': createDa,
  '20261123003000_create-school-contacts': createSchoolContacts,
  '20261123004000_create-referrals': createReferrals,
  '20261123005000_create-da-rule-sets': createDaRuleSets,
  '20261205000100_create-sign-in-failures': createSignInFailures,
  '20261205000200_create-services': createServices,
  '20261205000300_index-services-report': indexServicesReport,
  '20261205000500_create-child-count-certifications': createChildCountCertifications,
  '20261205000600_create-child-school-statuses': createChildSchoolStatuses,
  '20261205000700_version-assessment-results': versionAssessmentResults,
  '20261205000800_index-assessment-levels': indexAssessmentLevels,
  '20261205000900_keep-attended-minutes': keepAttendedMinutes,
  '20261205001000_create-documents': createDocuments,
  '20261205001100_create-applications': createApplications,
  '20261205001200_create-epc-verifications': createEpcVerifications,
  '20261205002000_create-calendar': createCalendar,
  '20261205002100_create-plan-development': createPlanDevelopment,
  '20261205003000_create-improvement-network': createImprovementNetwork,
  '20261205003100_create-improvement-projects': createImprovementProjects,
  '20261205004000_link-coes-to-referrals': linkCoesToReferrals,
  '20261205004100_remember-cleared-signatures': rememberClearedSignatures,
  '20261205005000_create-interview-drafts': createInterviewDrafts,
  '20261205006000_create-service-monitoring': createServiceMonitoring,
  '20261205100000_create-improvement-chart-phases': createImprovementChartPhases,
  '20261205110000_create-program-year-closures': createProgramYearClosures,
  '20261205120000_epc-by-subgrantee': epcBySubgrantee,
  '20261205130000_phases-from-plan-strategies': phasesFromPlanStrategies,
  '20261205140000_submission-keys': submissionKeys,
  '20261206010000_packet-history-and-families': packetHistoryAndFamilies,
  '20261206020000_referral-sources-and-overrides': referralSourcesAndOverrides,
  '20261206030000_district-recruiters': districtRecruiters,
  '20261206030100_user-position-titles': userPositionTitles,
  '20261206040000_must-change-password': mustChangePassword,
  '20261206040100_school-directory': schoolDirectory,
  '20261206050000_manage-users': manageUsers,
  '20261206060000_child-program-flags': childProgramFlags,
  '20261206070000_child-history-not-this-child': childHistoryNotThisChild,
  '20261206070100_family-districts': familyDistricts,
  '20261206070200_version-assistance-records': versionAssistanceRecords,
  '20261206080000_version-state-settings': versionStateSettings,
  '20261206090000_version-families-school-contacts': versionFamiliesSchoolContacts,
  '20261206100000_keep-first-attendance-day': keepFirstAttendanceDay,
  '20261206110000_create-msix-exports': createMsixExports,
  '20261206120000_keep-nces-ids': keepNcesIds,
  '20261207010000_child-identities': childIdentities,
  '20261207000000_version-da-rule-sets': versionDaRuleSets,
  '20261207020000_msix-move-notices': msixMoveNotices,
  '20261207030000_create-msix-consolidated-records': createMsixConsolidatedRecords,
  '20261207040000_keep-msix-export-sent': keepMsixExportSent,
  '20261207060000_family-member-sex': familyMemberSex,
  '20261207070000_msix-snapshot-by-child': msixSnapshotByChild,
  '20261207080000_family-member-order': familyMemberOrder,
};
