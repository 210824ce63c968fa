import type { Command } from 'commander';
import { registerBackupRestoreCommands } from './backup-restore';
import { registerDaCommand } from './da-evaluate';
import { registerDaImportDashboardCommand } from './da-import-dashboard';
import { registerDaCheckCdeListCommand } from './da-check-cde-list';
import { registerDbMigrateCommand } from './db-migrate';
import { registerDemoLoadCommand } from './demo-load';
import { registerEligibilityCommand } from './eligibility';
import { registerEligibilitySettingsCommand } from './eligibility-settings';
import { registerImportReferralsCommand } from './import-referrals';
import { registerQualificationCommands } from './qualifications';
import { registerRunChartCommand } from './run-chart';
import { registerServicesCommands } from './services';
import { registerUserAddCommand } from './user-add';
import { registerCalendarCommands } from './calendar';
import { registerPlanDevelopmentCommands } from './plan-development';
import { registerMonitoringCommands } from './monitoring';
import { registerOrgImportCommand } from './org-import';
import { registerEdFiCommands } from './ed-fi';
import { registerMsixCommands } from './msix';
import { registerChildrenCommands } from './children';

/** Every `ciclo` command registers itself on the program; add new commands to this list. */
export const commands: Array<(program: Command) => void> = [
  registerDbMigrateCommand,
  registerUserAddCommand,
  registerDaCommand,
  registerDaImportDashboardCommand,
  registerDaCheckCdeListCommand,
  registerEligibilityCommand,
  registerDemoLoadCommand,
  registerBackupRestoreCommands,
  registerQualificationCommands,
  registerImportReferralsCommand,
  registerEligibilitySettingsCommand,
  registerServicesCommands,
  registerRunChartCommand,
  registerCalendarCommands,
  registerPlanDevelopmentCommands,
  registerMonitoringCommands,
  registerOrgImportCommand,
  registerEdFiCommands,
  registerMsixCommands,
  registerChildrenCommands,
];
