import type { Db } from '../../data/db';
import { hasDemoDatasetMarker } from '../../data/repositories/demo-dataset.repository';

/** Whether the demo dataset was loaded into this database. */
export async function hasDemoData(db: Db): Promise<boolean> {
  return hasDemoDatasetMarker(db);
}
