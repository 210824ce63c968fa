import { dataPacketPolicy } from '../../core/recruitment/data-packet.policy';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { findProtocol } from '../../data/repositories/data-packet-protocols.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { dataPacketRegion } from './data-packet-region';

export interface ProtocolAnswers {
  facts: string;
  tells: string;
  strengths: string;
  problems: string;
}

export interface Protocol extends ProtocolAnswers {
  regionNumber: number | null;
  from: string;
  to: string;
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
  abilities: { canWrite: boolean };
}

const EMPTY_ANSWERS: ProtocolAnswers = { facts: '', tells: '', strengths: '', problems: '' };

/** The team's protocol for this packet (empty answers when none is written yet). */
export async function getDataPacketProtocol(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<Protocol> {
  requirePermission(ctx, 'report.read');
  parsePeriod(options.from, 'from');
  parsePeriod(options.to, 'to');
  const region = await dataPacketRegion(ctx, options.region);
  const row = await findProtocol(ctx.db, {
    regionId: region?.id ?? null,
    from: options.from,
    to: options.to,
  });
  return {
    regionNumber: region?.number ?? null,
    from: options.from,
    to: options.to,
    ...(row
      ? { facts: row.facts, tells: row.tells, strengths: row.strengths, problems: row.problems }
      : EMPTY_ANSWERS),
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row?.display_name ?? null,
    version: row?.version ?? 0,
    abilities: {
      canWrite: dataPacketPolicy.can(ctx.actor, 'writeProtocol', { regionId: region?.id ?? null }),
    },
  };
}
