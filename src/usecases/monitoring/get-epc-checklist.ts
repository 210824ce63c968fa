import type { EpcChecklistItem, EpcLink, EpcStatus, EpcTerm } from '../../core/monitoring/epc';
import { epcPolicy } from '../../core/monitoring/epc.policy';
import { listDocumentsOfOwners } from '../../data/repositories/documents.repository';
import { listReimbursableDistricts } from '../../data/repositories/applications.repository';
import { listEpcRows } from '../../data/repositories/epc-verifications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { authorizeEpcRegion, epcStrategies } from './epc-record';

export interface EpcChecklistView {
  regionId: string;
  regionName: string;
  districtId: string | null;
  districtName: string | null;
  /** The region and its reimbursable districts the actor may read (MN4.1). */
  subgrantees: { districtId: string | null; name: string }[];
  programYear: string;
  term: EpcTerm;
  abilities: { read: boolean; document: boolean; verify: boolean };
  items: {
    strategy: string;
    textEn: string;
    textEs: string;
    id: string | null;
    version: number | null;
    status: EpcStatus;
    links: EpcLink[];
    checklist: EpcChecklistItem[];
    verifiedOn: string | null;
    comment: string;
    documents: { id: string; fileName: string; mediaType: string; sizeBytes: number; uploadedAt: string }[];
  }[];
}

/** A subgrantee's checklist for a year and term (MN4.4): every strategy to verify, its documentation and status. */
export async function getEpcChecklist(
  ctx: UseCaseContext,
  query: {
    regionId?: string | undefined;
    districtId?: string | undefined;
    programYear: string;
    term: EpcTerm;
  },
): Promise<EpcChecklistView> {
  requirePermission(ctx, 'monitoring.read');
  const region = await authorizeEpcRegion(ctx, ctx.db, query.regionId, 'read', query.districtId);
  const key = {
    regionId: region.id,
    districtId: region.districtId,
    programYear: query.programYear,
    term: query.term,
  };
  const [strategies, rows, districts] = await Promise.all([
    epcStrategies(ctx.db),
    listEpcRows(ctx.db, key),
    listReimbursableDistricts(ctx.db, region.id),
  ]);
  const subgrantees = [
    { districtId: null, name: region.name },
    ...districts.map((d) => ({ districtId: d.id, name: d.name })),
  ].filter((s) => epcPolicy.can(ctx.actor, 'read', { regionId: region.id, districtId: s.districtId }));
  const documents = await listDocumentsOfOwners(
    ctx.db,
    'epc_verification',
    rows.map((r) => r.id),
  );
  return {
    regionId: region.id,
    regionName: region.name,
    districtId: region.districtId,
    districtName: region.districtName,
    subgrantees,
    programYear: query.programYear,
    term: query.term,
    abilities: epcPolicy.abilitiesOf(ctx.actor, { regionId: region.id, districtId: region.districtId }),
    items: strategies.map((s) => {
      const row = rows.find((r) => r.strategy === s.number);
      return {
        strategy: s.number,
        textEn: s.textEn,
        textEs: s.textEs,
        id: row?.id ?? null,
        version: row?.version ?? null,
        status: row?.status ?? 'pending',
        links: row?.links ?? [],
        checklist: row?.checklist ?? [],
        verifiedOn: row?.verifiedOn ?? null,
        comment: row?.comment ?? '',
        documents: documents
          .filter((d) => d.ownerId === row?.id)
          .map((d) => ({
            id: d.id,
            fileName: d.fileName,
            mediaType: d.mediaType,
            sizeBytes: d.sizeBytes,
            uploadedAt: d.uploadedAt.toISOString(),
          })),
      };
    }),
  };
}
