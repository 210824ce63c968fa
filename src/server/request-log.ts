import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** pino's JSON lines as one readable line each (`12:03:04 INFO GET /api/regions 200 12 ms`), for development. */
export function readableLines(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
        try {
          const entry = JSON.parse(text) as Record<string, unknown>;
          const time = new Date(Number(entry.time)).toTimeString().slice(0, 8);
          const request =
            entry.method === undefined
              ? ''
              : ` ${String(entry.method)} ${String(entry.url)} ${String(entry.status)} ${String(entry.ms)} ms`;
          const error = entry.err ? ` ${JSON.stringify(entry.err)}` : '';
          out.write(
            `${time} ${LEVELS[Number(entry.level)] ?? entry.level} ${String(entry.msg ?? '')}${request}${error}\n`,
          );
        } catch {
          out.write(`${text}\n`);
        }
      }
      done();
    },
  });
}

/** The server's logger: JSON lines in production, readable lines otherwise; cookies and CSRF tokens never logged. */
export function loggerOptions(level: string, production: boolean) {
  const base = { level, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] };
  return production ? base : { ...base, stream: readableLines(process.stdout) };
}

/**
 * One log entry per request at `debug` — hidden at the default level `info`, shown with
 * LOG_LEVEL=debug: the method, the route's pattern (never ids or query values), the status and
 * the time taken.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      {
        method: request.method,
        url: request.routeOptions.url ?? request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
