import {
  IconAffiliate,
  IconArrowMerge,
  IconArrowsExchange,
  IconCalculator,
  IconBuildingCommunity,
  IconCalendarCheck,
  IconCalendarDue,
  IconCalendarEvent,
  IconCertificate,
  IconChecklist,
  IconChartBar,
  IconClipboardCheck,
  IconClipboardList,
  IconListCheck,
  IconReportAnalytics,
  IconFlag,
  IconForms,
  IconGauge,
  IconReport,
  IconHome,
  IconPhoneCall,
  IconSchool,
  IconSettings,
  IconSitemap,
  IconTargetArrow,
  IconTrendingUp,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  /** Shown only to roles with this permission. */
  permission?: string;
}

/** The app's modules, in the order of the improvement cycle; each shows only to roles that may use it. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome },
  { to: '/children', label: 'nav.children', icon: IconUsersGroup, permission: 'child.read' },
  {
    to: '/children/reconciliation',
    label: 'reconciliation.nav',
    icon: IconArrowMerge,
    permission: 'child.reconcile',
  },
  { to: '/eligibility/watch', label: 'watch.nav', icon: IconCalendarDue, permission: 'child.read' },
  { to: '/referrals', label: 'nav.referrals', icon: IconPhoneCall, permission: 'referral.read' },
  { to: '/referrals/workload', label: 'workload.nav', icon: IconUsers, permission: 'referral.assign' },
  { to: '/interview', label: 'interview.nav', icon: IconForms, permission: 'coe.prepare' },
  { to: '/coes', label: 'coes.nav', icon: IconCertificate, permission: 'coe.read' },
  {
    to: '/school-contacts',
    label: 'schoolContacts.nav',
    icon: IconBuildingCommunity,
    permission: 'school_contact.read',
  },
  { to: '/plan', label: 'plan.nav', icon: IconTargetArrow, permission: 'plan.read' },
  { to: '/calendar', label: 'calendar.nav', icon: IconCalendarEvent, permission: 'calendar.read' },
  {
    to: '/plan-development',
    label: 'planDevelopment.nav',
    icon: IconSitemap,
    permission: 'plan_development.read',
  },
  { to: '/reports/data-packet', label: 'nav.dataPacket', icon: IconChartBar, permission: 'report.read' },
  { to: '/improvement/measures', label: 'improvement.nav', icon: IconTrendingUp, permission: 'report.read' },
  {
    to: '/improvement/network',
    label: 'improvement.network.nav',
    icon: IconAffiliate,
    permission: 'report.read',
  },
  { to: '/outcomes', label: 'outcomes.nav', icon: IconGauge, permission: 'report.read' },
  { to: '/appr', label: 'appr.nav', icon: IconReport, permission: 'report.read' },
  { to: '/child-counts', label: 'childCounts.nav', icon: IconCalculator, permission: 'report.read' },
  { to: '/da', label: 'da.nav', icon: IconSchool, permission: 'da.read' },
  {
    to: '/quality-control',
    label: 'qualityControl.nav',
    icon: IconClipboardCheck,
    permission: 'qc.reinterview',
  },
  { to: '/services', label: 'services.nav', icon: IconCalendarCheck, permission: 'service.read' },
  { to: '/mpo-targets', label: 'mpoTargets.nav', icon: IconListCheck, permission: 'service.read' },
  { to: '/pfs', label: 'pfs.nav', icon: IconFlag, permission: 'service.read' },
  { to: '/msix', label: 'msix.nav', icon: IconArrowsExchange, permission: 'msix.read' },
  {
    to: '/msix/records/import',
    label: 'otherStates.import.nav',
    icon: IconArrowsExchange,
    permission: 'msix.attach',
  },
  { to: '/monitoring/epc', label: 'monitoring.epc.nav', icon: IconChecklist, permission: 'monitoring.read' },
  {
    to: '/monitoring/service-log',
    label: 'monitoring.serviceLog.nav',
    icon: IconChecklist,
    permission: 'monitoring.read',
  },
  {
    to: '/monitoring/data-close',
    label: 'monitoring.dataClose.nav',
    icon: IconChecklist,
    permission: 'monitoring.read',
  },
  {
    to: '/monitoring/master-calendar',
    label: 'monitoring.masterCalendar.nav',
    icon: IconCalendarEvent,
    permission: 'monitoring.read',
  },
  {
    to: '/monitoring/applications',
    label: 'monitoring.nav',
    icon: IconChecklist,
    permission: 'monitoring.read',
  },
  {
    to: '/assessments',
    label: 'assessments.nav',
    icon: IconReportAnalytics,
    permission: 'assessment.manage',
  },
  {
    to: '/admin/organizations',
    label: 'organizations.nav',
    icon: IconBuildingCommunity,
    permission: 'organization.manage',
  },
  { to: '/admin/audit', label: 'nav.audit', icon: IconClipboardList, permission: 'audit.read' },
  { to: '/admin/users', label: 'nav.users', icon: IconUsers, permission: 'user.read' },
  { to: '/admin/settings', label: 'settings.nav', icon: IconSettings, permission: 'eligibility.settings' },
];
