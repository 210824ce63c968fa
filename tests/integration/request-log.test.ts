import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { loggerOptions, readableLines } from '../../src/server/request-log';

describe('request logs', () => {
  it('write one readable line per entry in development', async () => {
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    const stream = readableLines(out);
    const time = new Date('2026-12-06T12:03:04').getTime();
    await new Promise<void>((resolve) =>
      stream.write(
        `${JSON.stringify({ level: 20, time, msg: 'request', method: 'GET', url: '/api/children/:id', status: 200, ms: 12 })}\n`,
        () => resolve(),
      ),
    );
    expect(lines.join('')).toBe('12:03:04 DEBUG request GET /api/children/:id 200 12 ms\n');
  });

  it('are JSON lines in production, at a level that hides requests by default', () => {
    expect(loggerOptions('info', true)).toEqual({
      level: 'info',
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
    });
    expect(loggerOptions('info', false)).toHaveProperty('stream');
  });
});
