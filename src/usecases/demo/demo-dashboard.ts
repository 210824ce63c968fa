/**
 * Load the demo's Dashboard year (src/core/demo/demo-dashboard.ts) through the DA upload and
 * determination use cases as the demo actor, as a state user would from the CDE's files, so
 * the DA pages show an upload and a determination on the first sign-in.
 */
import { demoDashboardFiles } from '../../core/demo/demo-dashboard';
import type { Db } from '../../data/db';
import { listDistrictRows } from '../../data/repositories/organizations.repository';
import { runDetermination } from '../da/run-determination';
import { uploadDashboardFiles } from '../da/upload-dashboard-files';
import { DEMO_ACTOR } from './demo-referrals';

export async function loadDemoDashboard(db: Db, seed: number): Promise<void> {
  const ctx = { db, actor: DEMO_ACTOR };
  const districts = (await listDistrictRows(db, {})).map((d) => ({
    cdsCode: d.cds_code,
    name: d.name,
    county: d.county,
  }));
  const files = Object.fromEntries(
    demoDashboardFiles(districts, seed).map((file) => [file.name, new TextEncoder().encode(file.text)]),
  );
  const upload = await uploadDashboardFiles(ctx, { files });
  await runDetermination(ctx, upload.id, undefined);
}
