import { resolve } from 'node:path'
import { z } from 'zod'

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.url().optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  DEMO: z.enum(['auto', 'off']).default('auto'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  COOKIE_SECRET: z.string().min(32).optional(),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
})

export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  logLevel: z.infer<typeof schema>['LOG_LEVEL']
  demo: boolean
  sessionDays: number
  cookieSecret: string | undefined
  secureCookies: boolean
  trustProxy: boolean
  /** Sign-in attempts a minute for one client address and email. */
  signInLimit: number
}

/** Reads the environment once, reporting every bad variable together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message}`,
    )
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO === 'auto',
    sessionDays: e.SESSION_DAYS,
    cookieSecret: e.COOKIE_SECRET,
    secureCookies: e.SECURE_COOKIES === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    signInLimit: e.SIGN_IN_LIMIT,
  }
}
