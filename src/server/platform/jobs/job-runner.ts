import PgBoss from 'pg-boss'
import type { Database } from '../db/database.js'

export type JobData = Record<string, unknown>

/** Work that runs in the background, by request or on a schedule. */
export interface JobDefinition {
  name: string
  /** A cron expression (UTC) when the job also runs on its own. */
  schedule?: string
  /** How long one run may take and how often a failed run is retried. */
  queue?: { expireInSeconds?: number; retryLimit?: number }
  run(database: Database, data: JobData): Promise<void>
}

/** Where requests hand work to the background. */
export interface JobQueue {
  send(name: string, data?: JobData): Promise<string | null>
}

export interface JobRunner extends JobQueue {
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

  const workers = new Map<string, string>()
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, ...job.queue })
    const worker = await boss.work<JobData>(job.name, async ([next]) =>
      job.run(database, next?.data ?? {}),
    )
    workers.set(job.name, worker)
    if (job.schedule) await boss.schedule(job.name, job.schedule)
  }
  return {
    send: async (name, data = {}) => {
      const id = await boss.send(name, data)
      // Work asked for by a request starts now, not at the next poll.
      const worker = workers.get(name)
      if (worker) boss.notifyWorker(worker)
      return id
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  }
}
