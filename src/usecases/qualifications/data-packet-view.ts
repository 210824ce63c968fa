import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord, canWriteInRegion } from '../../core/people/access-scope';
import type { DataPacket } from '../../core/recruitment/data-packet';
import { readingsOf, type PacketReading } from '../../core/recruitment/data-packet-readings';
import { parsePeriod } from '../../core/recruitment/performance-period';
import type { Db } from '../../data/db';
import type { UseCaseContext } from '../context';
import { buildDataPacket } from './qualifications.usecases';

export interface DataPacketView {
  from: string;
  to: string;
  region: { id: string; number: number; name: string } | null;
  state: DataPacket;
  regionPacket: DataPacket | null;
  /** Readings of the region's packet (against the state), or of the state's. */
  readings: PacketReading[];
}

/** The region a data packet is asked for: one the actor may read, or theirs by default. */
async function regionOf(ctx: UseCaseContext, regionNumber: number | undefined) {
  const scope = accessScopeOf(ctx.actor);
  if (regionNumber === undefined) {
    if (scope.kind !== 'regions' || scope.regionIds.length !== 1) return null;
    return (
      (await ctx.db
        .selectFrom('regions')
        .select(['id', 'number', 'name'])
        .where('id', '=', scope.regionIds[0]!)
        .executeTakeFirst()) ?? null
    );
  }
  const region = await ctx.db
    .selectFrom('regions')
    .select(['id', 'number', 'name'])
    .where('number', '=', regionNumber)
    .executeTakeFirst();
  if (!region || !canReachRecord(ctx.actor, { regionId: region.id }))
    throw new DomainError('not_found', `No region ${regionNumber} in your scope.`, [
      { field: 'region', message: 'not a region you can read' },
    ]);
  return region;
}

/** The packet page: the state's figures, a region's beside them, and their readings. */
export async function getDataPacketView(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<DataPacketView> {
  const region = await regionOf(ctx, options.region);
  const state = await buildDataPacket(ctx, { from: options.from, to: options.to });
  const regionPacket = region
    ? await buildDataPacket(ctx, { from: options.from, to: options.to, region: region.number })
    : null;
  return {
    from: options.from,
    to: options.to,
    region,
    state,
    regionPacket,
    readings: regionPacket ? readingsOf(regionPacket, state) : readingsOf(state),
  };
}

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
}

/** The protocol row of one team (a region, or the state when `regionId` is null) and range of periods. */
function teamProtocol(db: Db, regionId: string | null, periods: { from: string; to: string }) {
  return db
    .selectFrom('data_packet_protocols')
    .where((eb) =>
      regionId
        ? eb('data_packet_protocols.region_id', '=', regionId)
        : eb('data_packet_protocols.region_id', 'is', null),
    )
    .where('data_packet_protocols.from_period', '=', periods.from)
    .where('data_packet_protocols.to_period', '=', periods.to);
}

const EMPTY_ANSWERS: ProtocolAnswers = { facts: '', tells: '', strengths: '', problems: '' };

/** The team's protocol for this packet (empty answers when none is written yet). */
export async function getDataPacketProtocol(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<Protocol> {
  parsePeriod(options.from, 'from');
  parsePeriod(options.to, 'to');
  const region = await regionOf(ctx, options.region);
  const row = await teamProtocol(ctx.db, region?.id ?? null, options)
    .leftJoin('users', 'users.id', 'data_packet_protocols.updated_by')
    .select([
      'facts',
      'tells',
      'strengths',
      'problems',
      'data_packet_protocols.updated_at',
      'users.display_name',
      'data_packet_protocols.version',
    ])
    .executeTakeFirst();
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
  };
}

/**
 * Save the team's answers. `version` is the one read (0 for a new protocol); a stale version
 * is refused so one teammate never silently overwrites another.
 */
export async function saveDataPacketProtocol(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined; version: number } & ProtocolAnswers,
): Promise<Protocol> {
  parsePeriod(options.from, 'from');
  parsePeriod(options.to, 'to');
  const region = await regionOf(ctx, options.region);
  const teamWriter = region
    ? canWriteInRegion(ctx.actor, region.id)
    : accessScopeOf(ctx.actor).kind === 'state';
  if (!teamWriter) throw new DomainError('forbidden', 'Only the team of this packet writes its protocol.');
  const answers = {
    facts: options.facts,
    tells: options.tells,
    strengths: options.strengths,
    problems: options.problems,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await teamProtocol(trx, region?.id ?? null, options)
      .select(['id', 'version'])
      .forUpdate()
      .executeTakeFirst();
    if ((existing?.version ?? 0) !== options.version)
      throw new DomainError(
        'conflict',
        'Someone on your team saved this protocol since you opened it; reload to see their answers.',
        [{ field: 'version', message: 'is not the latest' }],
      );
    if (existing) {
      await trx
        .updateTable('data_packet_protocols')
        .set({
          ...answers,
          updated_by: ctx.actor.userId,
          updated_at: new Date(),
          version: existing.version + 1,
        })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('data_packet_protocols')
        .values({
          ...answers,
          region_id: region?.id ?? null,
          from_period: options.from,
          to_period: options.to,
          updated_by: ctx.actor.userId,
        })
        .execute();
    }
  });
  return getDataPacketProtocol(ctx, options);
}
