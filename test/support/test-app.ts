import type { FastifyInstance } from 'fastify'
import {
  type CreatedTenant,
  createTenant,
} from '../../src/server/modules/tenants/create-tenant.js'
import type { Database } from '../../src/server/platform/db/database.js'
import { buildApp } from '../../src/server/platform/http/app.js'
import {
  type JobDefinition,
  type JobRunner,
  startJobRunner,
} from '../../src/server/platform/jobs/job-runner.js'
import { openTestDatabase } from './test-database.js'

export const PASSWORD = 'correct horse battery'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A signed-in browser: its cookies and CSRF token ride on each request. */
export class Browser {
  constructor(
    private readonly app: FastifyInstance,
    readonly cookies: Record<string, string>,
    readonly csrfToken: string,
  ) {}

  request(method: Method, url: string, payload?: object, headers = {}) {
    const cookie = Object.entries(this.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ')
    return this.app.inject({
      method,
      url,
      payload,
      headers: { cookie, 'x-csrf-token': this.csrfToken, ...headers },
    })
  }

  get(url: string) {
    return this.request('GET', url)
  }
}

export interface TestApp {
  app: FastifyInstance
  database: Database
  workspace: CreatedTenant
  signIn(email: string, password?: string, slug?: string): Promise<Browser>
  close(): Promise<void>
}

export async function signIn(
  app: FastifyInstance,
  body: { workspace: string; email: string; password: string },
): Promise<Browser> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: body,
  })
  if (response.statusCode !== 200) {
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
  }
  const cookies: Record<string, string> = {}
  for (const c of response.cookies) cookies[c.name] = c.value
  return new Browser(app, cookies, response.json().csrfToken)
}

/**
 * The HTTP app on a fresh database with one workspace, "acme"; with
 * `jobs`, a job runner for them that routes hand work to.
 */
export async function startTestApp(
  options: { jobs?: JobDefinition[] } = {},
): Promise<TestApp> {
  const { database, dispose } = await openTestDatabase()
  let runner: JobRunner | undefined
  if (options.jobs) {
    runner = await startJobRunner(database, options.jobs, (error) => {
      throw error
    })
  }
  const app = await buildApp({
    database,
    cookieSecret: 'test-cookie-secret-that-is-long-enough',
    logLevel: 'silent',
    jobs: runner,
  })
  const workspace = await createTenant(database.db, {
    slug: 'acme',
    name: 'Acme',
    admin: { email: 'admin@acme.test', name: 'Ada Admin', password: PASSWORD },
  })
  return {
    app,
    database,
    workspace,
    signIn: (email, password = PASSWORD, slug = 'acme') =>
      signIn(app, { workspace: slug, email, password }),
    close: async () => {
      await app.close()
      await runner?.stop()
      await dispose()
    },
  }
}
