import cookie from '@fastify/cookie'
import csrf from '@fastify/csrf-protection'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import qs from 'qs'
import { SESSION_COOKIE } from '../../modules/auth/sessions.js'
import type { Database } from '../db/database.js'
import type { JobQueue } from '../jobs/job-runner.js'
import { registerApiDocs } from './api-docs.js'
import { registerAuthentication } from './authenticate.js'
import { handleError } from './error-handler.js'
import { registerRoutes } from './routes.js'
import { registerWebApp } from './web-app.js'

export interface AppOptions {
  database: Database
  cookieSecret: string
  secureCookies?: boolean
  sessionDays?: number
  /** Sign-in attempts a minute for one client address and email. */
  signInLimit?: number
  logLevel?: string
  webRoot?: string
  /** The data directory this server holds, where the CLI secret lives. */
  dataDir?: string
  /** Believe X-Forwarded-For: only behind a proxy that sets it. */
  trustProxy?: boolean
  /** Where routes hand work to the background (imports). */
  jobs?: JobQueue
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobQueue | undefined
  }
}

/** Builds the HTTP server: plugins, authentication, API and web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    routerOptions: {
      // allowPrototypes keeps keys such as filter[constructor] as own
      // properties, so an unknown filter is refused instead of dropped.
      querystringParser: (text: string) =>
        qs.parse(text, { depth: 2, allowPrototypes: true }),
    },
    trustProxy: options.trustProxy ?? false,
  })
  app.decorate('database', options.database)
  app.decorate('dataDir', options.dataDir)
  app.decorate('jobs', options.jobs)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(handleError)

  await app.register(cookie, { secret: options.cookieSecret })
  // Tokens are bound to the session they were issued for, so a token and
  // secret cookie from one session cannot be replayed with another.
  await app.register(csrf, {
    getUserInfo: (request) => request.cookies[SESSION_COOKIE] ?? '',
    csrfOpts: { hmacKey: options.cookieSecret },
    cookieOpts: {
      signed: true,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: options.secureCookies ?? false,
    },
  })
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { upgradeInsecureRequests: null },
    },
  })
  // Limits run after body parsing so sign-in can key on the email.
  await app.register(rateLimit, { global: false, hook: 'preHandler' })
  await registerApiDocs(app)
  registerAuthentication(app)
  await registerRoutes(app, {
    sessionDays: options.sessionDays ?? 14,
    secureCookies: options.secureCookies ?? false,
    signInLimit: options.signInLimit ?? 10,
  })
  await registerWebApp(app, options.webRoot)
  return app
}
