import PgBoss from 'pg-boss'
import type { Database } from '../db/database.js'

/** Work that runs in the background, by request or on a schedule. */
export interface JobDefinition {
  name: string
  /** A cron expression (UTC) when the job also runs on its own. */
  schedule?: string
  run(database: Database): Promise<void>
}

export interface JobRunner {
  send(name: string): Promise<string | null>
  stop(): Promise<void>
}

/**
 * Starts the durable job queue (pg-boss) in the application's own
 * database: on the embedded one it shares this process and its single
 * session; on a PostgreSQL server separate worker processes could claim
 * the same jobs. Scheduled jobs survive restarts because their schedule
 * and queue live in the database.
 */
export async function startJobRunner(
  database: Database,
  jobs: JobDefinition[],
  onError: (error: Error) => void,
): Promise<JobRunner> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: 'rapport_jobs',
    schedule: jobs.some((job) => job.schedule),
    pollingIntervalSeconds: 2,
  })
  boss.on('error', onError)
  await boss.start()

  for (const job of jobs) {
    await boss.createQueue(job.name)
    await boss.work(job.name, async () => job.run(database))
    if (job.schedule) await boss.schedule(job.name, job.schedule)
  }
  return {
    send: (name) => boss.send(name, {}),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  }
}
