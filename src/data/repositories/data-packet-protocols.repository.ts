import type { Db } from '../db';

/** The four answers of the data analysis protocol. */
export interface ProtocolAnswersRow {
  facts: string;
  tells: string;
  strengths: string;
  problems: string;
}

/** Whose protocol: a region's team (`regionId`), or the state's (`null`), for a range of periods. */
export interface ProtocolKey {
  regionId: string | null;
  from: string;
  to: string;
}

function protocolOf(db: Db, key: ProtocolKey) {
  return db
    .selectFrom('data_packet_protocols')
    .where((eb) => (key.regionId ? eb('data_packet_protocols.region_id', '=', key.regionId) : eb('data_packet_protocols.region_id', 'is', null)))
    .where('data_packet_protocols.from_period', '=', key.from)
    .where('data_packet_protocols.to_period', '=', key.to);
}

/** The team's protocol with the name of who saved it last, or undefined. */
export async function findProtocol(db: Db, key: ProtocolKey) {
  return protocolOf(db, key)
    .leftJoin('users', 'users.id', 'data_packet_protocols.updated_by')
    .select([
      'data_packet_protocols.id',
      'data_packet_protocols.facts',
      'data_packet_protocols.tells',
      'data_packet_protocols.strengths',
      'data_packet_protocols.problems',
      'data_packet_protocols.updated_at',
      'users.display_name',
      'data_packet_protocols.version',
    ])
    .executeTakeFirst();
}

/** Write the first version of a team's protocol; returns its id, or undefined when a teammate wrote it first. */
export async function insertProtocol(db: Db, key: ProtocolKey, answers: ProtocolAnswersRow, userId: string | null): Promise<string | undefined> {
  const row = await db
    .insertInto('data_packet_protocols')
    .values({ ...answers, region_id: key.regionId, from_period: key.from, to_period: key.to, updated_by: userId })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Replace the answers if the protocol is still at `version` (optimistic lock held by the
 * database, STYLE §14); returns the id, or undefined when someone saved in between.
 */
export async function updateProtocolIfVersion(db: Db, key: ProtocolKey, version: number, answers: ProtocolAnswersRow, userId: string | null): Promise<string | undefined> {
  let query = db
    .updateTable('data_packet_protocols')
    .set({ ...answers, updated_by: userId, updated_at: new Date(), version: version + 1 })
    .where('from_period', '=', key.from)
    .where('to_period', '=', key.to)
    .where('version', '=', version);
  query = key.regionId ? query.where('region_id', '=', key.regionId) : query.where('region_id', 'is', null);
  const row = await query.returning('id').executeTakeFirst();
  return row?.id;
}
