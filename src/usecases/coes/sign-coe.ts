import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { coePolicy } from '../../core/recruitment/coe.policy';
import { canTakeCoeAction } from '../../core/recruitment/coe-workflow';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateCoeIfVersion } from '../../data/repositories/coes.repository';
import type { UseCaseContext } from '../context';
import { checkSignatureImage } from './check-signature-image';
import type { CoeRecord } from './coe-record';
import { getCoe } from './get-coe';
import { COE_NOT_FOUND, coeSubjectOf, loadReadableCoe, staleCoeVersion } from './load-coe';
import { refuseClosedCoeYears } from '../monitoring/data-close-guard';

export type CoeSignature =
  | { kind: 'drawn'; imageDataUrl: string; signerName: string; signedOn: CalendarDate }
  | { kind: 'paper'; signerName: string; signedOn: CalendarDate };

/** Record the parent's or guardian's signature, drawn on the screen or signed on paper; audited. */
export async function signCoe(
  ctx: UseCaseContext,
  id: string,
  signature: CoeSignature,
  today: CalendarDate,
): Promise<CoeRecord> {
  if (!signature.signerName.trim()) throw DomainError.invalidField('signerName', 'must not be empty');
  if (!isCalendarDate(signature.signedOn) || signature.signedOn > today)
    throw DomainError.invalidField('signedOn', 'must be a date written YYYY-MM-DD, not in the future');
  if (signature.kind === 'drawn') checkSignatureImage(signature.imageDataUrl);
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReadableCoe(ctx, trx, id);
    if (!canTakeCoeAction(coe.status, 'edit'))
      throw new DomainError('conflict', `A ${coe.status} COE cannot be signed.`);
    authorize(coePolicy, ctx.actor, 'sign', coeSubjectOf(coe), COE_NOT_FOUND);
    await refuseClosedCoeYears(trx, coe.interview_date);
    const changed = await updateCoeIfVersion(trx, id, coe.version, {
      signature_kind: signature.kind,
      signature_image: signature.kind === 'drawn' ? signature.imageDataUrl : null,
      signer_name: signature.signerName.trim(),
      signed_on: signature.signedOn,
      signature_cleared_at: null,
    });
    if (!changed) throw staleCoeVersion();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: { signerName: coe.signer_name },
      after: { signature: signature.kind, signerName: signature.signerName, signedOn: signature.signedOn },
    });
  });
  return getCoe(ctx, id);
}
