import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { handleError } from './errors';

/** A database error as PGlite and pg throw it: the query and its parameters attached. */
function databaseError(code: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error('invalid input syntax for type uuid: "María García 559-555-0142"'), {
    code,
    query: 'select * from children where id = $1',
    params: ['María García 559-555-0142'],
    detail: 'Key (phone)=(559-555-0142) already exists.',
    ...extra,
  });
}

function handled(error: Error) {
  const logged: unknown[] = [];
  const reply = {
    statusCode: 0,
    body: undefined as unknown,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    send(body: unknown) {
      this.body = body;
      return this;
    },
  };
  const log = { warn: (entry: unknown) => logged.push(entry), error: (entry: unknown) => logged.push(entry) };
  handleError(error, { log } as unknown as FastifyRequest, reply as unknown as FastifyReply);
  return { reply, logged: JSON.stringify(logged) };
}

describe('the error handler', () => {
  it('never logs a query’s parameters or a row’s values, whatever the error', () => {
    for (const code of ['22P02', '23505', 'XX000']) {
      const { logged } = handled(databaseError(code));
      expect(logged).not.toContain('559-555-0142');
      expect(logged).not.toContain('"params"');
      expect(logged).toContain(code);
    }
  });

  it('answers data exceptions with 400, a missing reference with 400 naming the field, and the rest with 500', () => {
    expect(handled(databaseError('22P02')).reply.statusCode).toBe(400);
    const missing = handled(
      databaseError('23503', { table: 'families', constraint: 'families_region_id_fkey' }),
    );
    expect(missing.reply.statusCode).toBe(400);
    expect(missing.reply.body).toMatchObject({
      error: { problems: [{ field: 'regionId', message: 'refers to a record that does not exist' }] },
    });
    expect(handled(databaseError('23505')).reply.statusCode).toBe(409);
    expect(handled(databaseError('XX000')).reply.statusCode).toBe(500);
  });
});
