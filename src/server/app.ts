import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CicloConfig } from '../config';
import { DomainError } from '../core/common/domain-error';
import type { Db } from '../data/db';
import { handleError } from './errors';
import { registerInputGuard } from './input-guard';
import { registerNoStore } from './no-store';
import { loggerOptions, registerRequestLog } from './request-log';
import { registerAuthentication } from './policies/authenticate';
import { ErrorReply } from './schemas';
import { registerRoutes } from './routes';
import { registerWebPage } from './web-page';

export interface AppOptions {
  db: Db;
  /** trustProxy: see CicloConfig; absent means trust no proxy. */
  config: Pick<CicloConfig, 'secureCookies' | 'logLevel'> &
    Partial<Pick<CicloConfig, 'trustProxy' | 'production'>>;
  /** Folder of the built web app; defaults to dist/web at the repository root. */
  webRoot?: string;
  /** Write request logs (off in tests). */
  logger?: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Build the Fastify app: JSON API under /api, its OpenAPI document, and the web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : loggerOptions(options.config.logLevel, options.config.production ?? false),
    // one line per request, written by registerRequestLog, instead of Fastify's two
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 25 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
    trustProxy: options.config.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(handleError);
  registerRequestLog(app);
  registerInputGuard(app);
  registerNoStore(app);
  app.addSchema(ErrorReply);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Ciclo API',
        version: '0.1.0',
        description:
          'The JSON API of Ciclo. Sign in with POST /api/auth/sign-in; the session is an HttpOnly cookie, and every ' +
          'state-changing request must send the x-csrf-token header with the csrfToken the sign-in returned.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ciclo_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerAuthentication(app, options.db);
  await app.register(async (api) => registerRoutes(api, options), { prefix: '/api' });

  const webRoot = options.webRoot ?? path.join(repoRoot, 'dist/web');
  if (existsSync(webRoot)) {
    // preCompressed: the build's gzip copies (vite.config.ts) to a browser that accepts them.
    // The page itself (index.html) is served by registerWebPage, per request.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      preCompressed: true,
      // A file under /assets/ is named for its content: a phone keeps it until a release renames
      // it. The others (the service worker, the manifest) are asked for again each time.
      cacheControl: false,
      setHeaders: (response, file) =>
        response.setHeader(
          'cache-control',
          file.startsWith(path.join(webRoot, 'assets') + path.sep)
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=0',
        ),
    });
  }
  const webPage = registerWebPage(app, {
    db: options.db,
    webRoot,
    secureCookies: options.config.secureCookies,
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api') && webPage.hasPage())
      return webPage.sendPage(request, reply);
    handleError(
      new DomainError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
      request,
      reply,
    );
    return reply;
  });
  return app;
}
