import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { PGliteDialect } from './pglite-dialect.js'
import { typeParsers } from './type-parsers.js'

// biome-ignore lint/suspicious/noExplicitAny: record tables are described at runtime.
export type Db = Kysely<any>

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string | undefined; loadDataDir?: Blob }
  | { kind: 'server'; url: string }

export interface Database {
  readonly kind: DatabaseTarget['kind']
  readonly db: Db
  /** Statements run since opening; tests use it to catch N+1 queries. */
  readonly stats: { queries: number }
  /** Runs a script of several statements, as the connecting (owner) role. */
  runScript(script: string): Promise<void>
  /**
   * One parameterised statement (or, without values, a script) as the
   * owner role, outside any tenant: for the job queue's own tables.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  /** The embedded database as a tarball, to clone it (tests, backups). */
  dump?: () => Promise<Blob>
  close(): Promise<void>
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'server') return openServer(target.url)
  return openEmbedded(target.dataDir, target.loadDataDir)
}

function counter() {
  const stats = { queries: 0 }
  const log = () => {
    stats.queries += 1
  }
  return { stats, log }
}

async function openEmbedded(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<Database> {
  const pglite = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    parsers: typeParsers,
    loadDataDir,
  })
  await pglite.exec("SET TimeZone = 'UTC'")
  const { stats, log } = counter()
  const db: Db = new Kysely({ dialect: new PGliteDialect(pglite), log })
  return {
    kind: 'embedded',
    db,
    stats,
    dump: () => db.connection().execute(() => pglite.dumpDataDir('none')),
    runScript: async (script) => {
      // Holding a Kysely connection holds the session mutex.
      await db.connection().execute(() => pglite.exec(script))
    },
    executeSql: (text, values = []) =>
      db.connection().execute(async () => {
        if (values.length > 0) return pglite.query(text, values)
        const results = await pglite.exec(text)
        return { rows: results.at(-1)?.rows ?? [] }
      }),
    close: () => db.destroy(),
  }
}

async function openServer(url: string): Promise<Database> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      typeParsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text'),
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    options: '-c TimeZone=UTC',
  })
  // An idle connection can be cut (a server restart, an administrator):
  // the pool drops it and opens another when needed. Unhandled, the error
  // would end the process.
  pool.on('error', (error: Error & { code?: string }) => {
    process.stderr.write(
      `rapport: an idle database connection was closed (${error.code ?? error.message}); it will be replaced\n`,
    )
  })
  const { stats, log } = counter()
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }), log })
  return {
    kind: 'server',
    db,
    stats,
    executeSql: (text, values = []) => pool.query(text, values),
    runScript: async (script) => {
      const client = await pool.connect()
      try {
        await client.query(script)
      } finally {
        client.release()
      }
    },
    close: () => db.destroy(),
  }
}
