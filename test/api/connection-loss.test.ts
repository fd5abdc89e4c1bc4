import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openTestDatabase, target } from '../support/test-database.js'

describe.skipIf(target !== 'server')('a cut database connection', () => {
  it('is replaced, and does not end the process', async () => {
    const { database, dispose } = await openTestDatabase()
    const backendPid = async () => {
      const result = await database.executeSql('SELECT pg_backend_pid() AS pid')
      return (result as { rows: { pid: number }[] }).rows[0].pid
    }
    try {
      const pid = await backendPid()
      const admin = new pg.Client({
        connectionString: process.env.TEST_DATABASE_URL,
      })
      await admin.connect()
      await admin.query('SELECT pg_terminate_backend($1)', [pid])
      await admin.end()
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(await backendPid()).not.toBe(pid)
    } finally {
      await dispose()
    }
  })
})
