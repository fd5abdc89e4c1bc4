import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../src/server/platform/db/database.js'
import { migrateUp } from '../../src/server/platform/db/migrate.js'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
  }
}

/**
 * Creating and migrating an embedded database takes seconds; doing it once
 * per run and loading the result in each test file takes a fraction.
 */
export default async function setup(project: TestProject) {
  const database = await openDatabase({ kind: 'embedded', dataDir: undefined })
  await migrateUp(database)
  const dump = await database.dump?.()
  await database.close()
  if (!dump) throw new Error('The embedded database cannot be dumped')
  const path = join(tmpdir(), `rapport-template-${process.pid}.tar`)
  await writeFile(path, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', path)
}
