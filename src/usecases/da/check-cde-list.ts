import {
  compareWithCdeList,
  readCdeAssistanceList,
  type CdeListComparison,
} from '../../core/accountability/cde-assistance-list';
import { decodeUtf8OrWindows1252 } from '../../core/common/decode-text';
import { evaluateDifferentiatedAssistance, readDaCase, type DaCaseFiles } from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { findDaImportFiles } from '../../data/repositories/da-imports.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { DA_SETTINGS, daRuleSetsOf } from './da-rule-sets-in-force';

export interface CdeListCheck {
  year: number;
  rules: string;
  agreeing: number;
  differing: number;
  leas: CdeListComparison[];
}

/**
 * An upload's decision for its year checked against the CDE's list of LEAs eligible for
 * assistance (CDE4.1–CDE4.3). Reads only: the list is not kept.
 */
export async function checkCdeList(
  ctx: UseCaseContext,
  importId: string,
  list: { name: string; bytes: Uint8Array },
): Promise<CdeListCheck> {
  requirePermission(ctx, 'da.read');
  const stored = await findDaImportFiles(ctx.db, importId);
  if (!stored) throw new DomainError('not_found', 'No Dashboard upload with that id.');
  const listed = readCdeAssistanceList(list.name, decodeUtf8OrWindows1252(list.bytes));
  const ruleSets = await daRuleSetsOf(ctx.db);
  const { request, data } = readDaCase(stored.files as DaCaseFiles, ruleSets);
  const decision = evaluateDifferentiatedAssistance(request, data, ruleSets, DA_SETTINGS);
  const leas = compareWithCdeList(decision, data, listed);
  const agreeing = leas.filter((l) => l.agrees).length;
  return { year: decision.year, rules: decision.rules, agreeing, differing: leas.length - agreeing, leas };
}
