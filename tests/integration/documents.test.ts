import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { backupDatabase } from '../../src/usecases/backup/backup-database';
import { restoreDatabase } from '../../src/usecases/backup/restore-database';
import { CLI_ACTOR } from '../../src/usecases/context';
import { deleteDocument } from '../../src/usecases/documents/delete-document';
import type { DocumentOwner } from '../../src/usecases/documents/document-owner';
import { listDocuments, readDocument } from '../../src/usecases/documents/read-document';
import { storeDocument } from '../../src/usecases/documents/store-document';
import { buildRegion } from '../factories';
import { freshDatabases } from '../support/fresh-databases';

const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-documents-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A PDF's first bytes followed by every byte value and random bytes, so no byte is lost or changed. */
const content = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  randomBytes(50_000),
]);

describe.each(freshDatabases('documents_src'))('stored documents on $name (MN1)', (source) => {
  const file = path.join(folder, `${source.name}.ndjson.gz`);
  afterAll(() => source.drop());

  it('stores a file for an owner record, lists and reads it back, audits it, and a backup restores the same bytes', async () => {
    const handle = await source.open();
    let owner: DocumentOwner;
    let documentId: string;
    try {
      await migrateToLatest(handle.db);
      const region = await buildRegion(handle.db);
      owner = {
        ownerType: 'test_record',
        ownerId: randomUUID(),
        organizationId: region.id,
        regionId: region.id,
      };
      const stored = await handle.db
        .transaction()
        .execute((trx) => storeDocument(trx, CLI_ACTOR, owner, { fileName: 'evidence ñ.pdf', content }));
      documentId = stored.id;
      expect(stored).toMatchObject({
        fileName: 'evidence ñ.pdf',
        mediaType: 'application/pdf',
        sizeBytes: content.length,
      });
      expect(await listDocuments(handle.db, owner)).toEqual([stored]);
      expect((await readDocument(handle.db, owner, stored.id)).content.equals(content)).toBe(true);
      await expect(readDocument(handle.db, { ...owner, ownerId: randomUUID() }, stored.id)).rejects.toThrow(
        'No document with that id.',
      );
      const audit = await handle.db
        .selectFrom('audit_events')
        .select(['action', 'region_id', 'after'])
        .where('entity_type', '=', 'document')
        .where('entity_id', '=', stored.id)
        .execute();
      expect(audit).toEqual([
        {
          action: 'create',
          region_id: region.id,
          after: expect.objectContaining({
            ownerType: 'test_record',
            fileName: 'evidence ñ.pdf',
            sizeBytes: content.length,
          }),
        },
      ]);
      await expect(
        handle.db
          .transaction()
          .execute((trx) => storeDocument(trx, CLI_ACTOR, owner, { fileName: 'tool.exe', content })),
      ).rejects.toThrow(/file: tool.exe is not a PDF/);
      await backupDatabase(handle, file, () => undefined);
    } finally {
      await handle.close();
    }

    for (const target of freshDatabases('documents_dst')) {
      const restored = await target.open();
      try {
        await migrateToLatest(restored.db);
        await restoreDatabase(restored, file);
        const back = await readDocument(restored.db, owner, documentId);
        expect(back.fileName).toBe('evidence ñ.pdf');
        expect(back.content.equals(content)).toBe(true);
        await restored.db.transaction().execute((trx) => deleteDocument(trx, CLI_ACTOR, owner, documentId));
        expect(await listDocuments(restored.db, owner)).toEqual([]);
        const deletions = await restored.db
          .selectFrom('audit_events')
          .select(['action', 'before'])
          .where('entity_type', '=', 'document')
          .where('action', '=', 'delete')
          .execute();
        expect(deletions).toEqual([
          {
            action: 'delete',
            before: expect.objectContaining({
              ownerId: owner.ownerId,
              fileName: 'evidence ñ.pdf',
              sizeBytes: content.length,
            }),
          },
        ]);
      } finally {
        await restored.close();
        await target.drop();
      }
    }
  }, 120_000);
});
