import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildApp } from '../../src/server/app';
import { buildChild, buildRegionWithStaff, buildSchool } from '../factories';
import { seedControlChart } from './browser-control-chart-seed';
import { seedQualityControl } from './browser-quality-control-seed';

const repoRoot = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    accounts: {
      recruiter: string;
      dataSpecialist: string;
      stateAdmin: string;
      districtStaff: string;
      reviewer: string;
      irManager: string;
      stateConsultant: string;
      regionDirector: string;
    };
    childId: string;
    /** The built web app, for a test that starts a server of its own (an empty database). */
    webRoot: string;
  }
}

/**
 * Browser tests run against the real server and the built web app on an in-memory PGlite
 * with one region's staff and a few children whose names carry accents and two surnames.
 */
export default async function setup(project: TestProject) {
  // A build folder of its own, so test runs never race over dist/web.
  const webRoot = mkdtempSync(path.join(tmpdir(), 'ciclo-web-'));
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', webRoot], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0 || !existsSync(path.join(webRoot, 'index.html')))
    throw new Error('the web app did not build');

  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  const { region, district, child, users } = await buildRegionWithStaff(handle.db);
  // Region 5 as in the qualifications contract's sample, for the data packet.
  await handle.db
    .insertInto('regions')
    .values({
      number: 5,
      name: 'Kern County Superintendent of Schools',
      kind: 'county_office',
      counties: ['Kern'],
    })
    .execute();
  await buildChild(handle.db, {
    regionId: region.id,
    districtId: district.id,
    firstName: 'José Luis',
    lastSurname: 'Núñez',
    secondSurname: 'de la Cruz',
    birthDate: '2012-11-30',
  });
  await buildChild(handle.db, {
    regionId: region.id,
    districtId: district.id,
    firstName: 'Ana-Lucía',
    lastSurname: 'Pérez-Gómez',
    secondSurname: null,
    birthDate: '2016-02-29',
  });
  await buildSchool(handle.db, district.id, { name: 'Lincoln Elementary' });
  await seedQualityControl(handle.db);
  await seedControlChart(handle.db);

  const app = await buildApp({
    db: handle.db,
    config: { secureCookies: false, logLevel: 'silent' },
    logger: false,
    webRoot,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  project.provide('baseUrl', address);
  project.provide('accounts', {
    recruiter: users.recruiter.email,
    dataSpecialist: users.data_specialist.email,
    stateAdmin: users.state_admin.email,
    districtStaff: users.district_staff.email,
    reviewer: users.reviewer.email,
    irManager: users.ir_manager.email,
    stateConsultant: users.state_consultant.email,
    regionDirector: users.region_director.email,
  });
  project.provide('childId', child.id);
  project.provide('webRoot', webRoot);

  return async () => {
    await app.close();
    await handle.close();
    rmSync(webRoot, { recursive: true, force: true });
  };
}
