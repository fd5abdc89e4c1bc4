import type { Config } from './config.js'
import { ensureBuiltInRoles } from './modules/access/ensure-built-in-roles.js'
import { seedDemoWorkspace } from './modules/demo/seed-demo.js'
import { exportJobs } from './modules/exports/export-jobs.js'
import { maintenanceJobs } from './modules/maintenance/jobs.js'
import { importJobs } from './modules/record-imports/import-jobs.js'
import { resumeImports } from './modules/record-imports/resume-imports.js'
import {
  dataDirSecret,
  isFreshDataDir,
  lockDataDir,
  pgliteDir,
  removeServerInfo,
  writeServerInfo,
} from './platform/db/data-dir.js'
import { openDatabase } from './platform/db/database.js'
import { migrateUp } from './platform/db/migrate.js'
import { buildApp } from './platform/http/app.js'
import { startJobRunner } from './platform/jobs/job-runner.js'

export interface RunningServer {
  url: string
  demo?: { workspace: string; email: string; password: string }
  stop(): Promise<void>
}

/**
 * Opens the database (holding the data directory when it is embedded),
 * migrates it, seeds the demo on an empty one, starts the job runner and
 * its scheduler in this process, and listens. With a
 * PostgreSQL server nothing is held: several processes may serve it.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const started = performance.now()
  const embedded = !config.databaseUrl
  const release = embedded ? await lockDataDir(config.dataDir) : undefined
  const fresh = embedded && isFreshDataDir(config.dataDir)

  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl }
      : { kind: 'embedded', dataDir: pgliteDir(config.dataDir) },
  )
  const migrated = await migrateUp(database)
  await ensureBuiltInRoles(database.db)
  const demo = config.demo ? await seedDemoWorkspace(database.db) : undefined

  // The job runner starts first so that routes can hand work to it.
  const jobs = await startJobRunner(
    database,
    [...maintenanceJobs, ...importJobs, ...exportJobs],
    (error) => app.log.error({ err: error }, 'job queue error'),
  )
  const app = await buildApp({
    database,
    cookieSecret:
      config.cookieSecret ??
      (await dataDirSecret(config.dataDir, 'cookie-secret')),
    secureCookies: config.secureCookies,
    sessionDays: config.sessionDays,
    signInLimit: config.signInLimit,
    logLevel: config.logLevel,
    dataDir: embedded ? config.dataDir : undefined,
    trustProxy: config.trustProxy,
    jobs,
  })
  const resumedImports = await resumeImports(database, jobs)
  const url = await app.listen({ port: config.port, host: config.host })
  if (embedded) await writeServerInfo(config.dataDir, { url, pid: process.pid })

  app.log.info(
    {
      database: database.kind,
      freshDataDir: fresh,
      migrationsApplied: migrated,
      resumedImports,
      startupMs: Math.round(performance.now() - started),
    },
    'Rapport is ready',
  )
  return {
    url,
    demo,
    stop: async () => {
      await app.close()
      await jobs.stop()
      await database.close()
      if (embedded) await removeServerInfo(config.dataDir)
      await release?.()
    },
  }
}
