import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendFile } from './send-file';

describe('sendFile', () => {
  it('names the download in ASCII for old clients and as written for the others, and forbids sniffing', async () => {
    const app = Fastify();
    app.get('/file', (_, reply) =>
      sendFile(reply, {
        fileName: 'región "5" niños.csv',
        contentType: 'text/csv; charset=utf-8',
        body: 'a,b\n',
      }),
    );
    const reply = await app.inject({ method: 'GET', url: '/file' });
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="regi_n _5_ ni_os.csv"; filename*=UTF-8''regi%C3%B3n%20%225%22%20ni%C3%B1os.csv`,
    );
    expect(reply.body).toBe('a,b\n');
    await app.close();
  });
});
