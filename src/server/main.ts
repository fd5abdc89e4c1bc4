import { loadConfig } from './config.js'
import { seedDemoWorkspace } from './modules/demo/seed-demo.js'
import {
  dataDirSecret,
  isFreshDataDir,
  lockDataDir,
  pgliteDir,
  writeServerInfo,
} from './platform/db/data-dir.js'
import { openDatabase } from './platform/db/database.js'
import { migrateUp } from './platform/db/migrate.js'
import { buildApp } from './platform/http/app.js'

const started = performance.now()
const config = loadConfig()
const embedded = !config.databaseUrl
const release = await lockDataDir(config.dataDir)
const fresh = embedded && isFreshDataDir(config.dataDir)

const database = await openDatabase(
  config.databaseUrl
    ? { kind: 'server', url: config.databaseUrl }
    : { kind: 'embedded', dataDir: pgliteDir(config.dataDir) },
)
const migrated = await migrateUp(database)
const demo = config.demo ? await seedDemoWorkspace(database.db) : undefined

const app = await buildApp({
  database,
  cookieSecret:
    config.cookieSecret ??
    (await dataDirSecret(config.dataDir, 'cookie-secret')),
  secureCookies: config.secureCookies,
  sessionDays: config.sessionDays,
  logLevel: config.logLevel,
  dataDir: config.dataDir,
  trustProxy: config.trustProxy,
})
const url = await app.listen({ port: config.port, host: config.host })
await writeServerInfo(config.dataDir, { url, pid: process.pid })

app.log.info(
  {
    database: database.kind,
    freshDataDir: fresh,
    migrationsApplied: migrated,
    startupMs: Math.round(performance.now() - started),
  },
  'Rapport is ready',
)
const banner = [
  '',
  `  Rapport is running at ${url}`,
  demo
    ? `  Demo workspace "${demo.workspace}": sign in as ${demo.email} / ${demo.password}`
    : '',
  `  API reference: ${url}/api/docs`,
  '',
]
process.stdout.write(`${banner.filter((l) => l !== '').join('\n')}\n\n`)

async function shutdown(signal: string) {
  app.log.info({ signal }, 'shutting down')
  await app.close()
  await database.close()
  await release()
  process.exit(0)
}
process.once('SIGINT', () => void shutdown('SIGINT'))
process.once('SIGTERM', () => void shutdown('SIGTERM'))
