import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { dataPacketPolicy } from '../../core/recruitment/data-packet.policy';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findProtocol,
  insertProtocol,
  updateProtocolIfVersion,
  type ProtocolKey,
} from '../../data/repositories/data-packet-protocols.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { dataPacketRegion } from './data-packet-region';
import { getDataPacketProtocol, type Protocol, type ProtocolAnswers } from './get-data-packet-protocol';

/**
 * Save the team's answers; audited with before and after. `version` is the one read (0 for a
 * new protocol); a stale version is refused (409) so one teammate never silently overwrites
 * another, and the database holds that lock (the update names the version it replaces).
 */
export async function saveDataPacketProtocol(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined; version: number } & ProtocolAnswers,
): Promise<Protocol> {
  requirePermission(ctx, 'report.read');
  parsePeriod(options.from, 'from');
  parsePeriod(options.to, 'to');
  const region = await dataPacketRegion(ctx, options.region);
  authorize(
    dataPacketPolicy,
    ctx.actor,
    'writeProtocol',
    { regionId: region?.id ?? null },
    'No such data packet in your scope.',
  );
  const key: ProtocolKey = { regionId: region?.id ?? null, from: options.from, to: options.to };
  const answers: ProtocolAnswers = {
    facts: options.facts,
    tells: options.tells,
    strengths: options.strengths,
    problems: options.problems,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findProtocol(trx, key);
    const id =
      options.version === 0
        ? await insertProtocol(trx, key, answers, ctx.actor.userId)
        : await updateProtocolIfVersion(trx, key, options.version, answers, ctx.actor.userId);
    if (!id)
      throw new DomainError(
        'conflict',
        'Someone on your team saved this protocol since you opened it; reload to see their answers.',
        [{ field: 'version', message: 'is not the latest' }],
      );
    await recordAudit(trx, ctx.actor, {
      action: before ? 'update' : 'create',
      entityType: 'data_packet_protocol',
      entityId: id,
      regionId: key.regionId,
      before: before && {
        facts: before.facts,
        tells: before.tells,
        strengths: before.strengths,
        problems: before.problems,
        version: before.version,
      },
      after: { from: key.from, to: key.to, ...answers, version: options.version + 1 },
    });
  });
  return getDataPacketProtocol(ctx, options);
}
