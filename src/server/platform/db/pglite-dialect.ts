import type { PGlite } from '@electric-sql/pglite'
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely'

// PGlite is one PostgreSQL session. Every Kysely connection is that same
// session, so a mutex hands it to one caller (one transaction) at a time.
class SessionMutex {
  #tail: Promise<void> = Promise.resolve()

  acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const ready = this.#tail.then(() => release)
    this.#tail = this.#tail.then(() => held)
    return ready
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(query.sql, [...query.parameters])
    const affected = result.affectedRows
    return {
      rows: result.rows,
      numAffectedRows: affected === undefined ? undefined : BigInt(affected),
    }
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream results.
  async *streamQuery(): AsyncIterableIterator<never> {
    throw new Error('PGlite does not stream query results')
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new SessionMutex()
  readonly #releases = new WeakMap<DatabaseConnection, () => void>()
  readonly #connection: PGliteConnection

  constructor(private readonly pg: PGlite) {
    this.#connection = new PGliteConnection(pg)
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.acquire()
    this.#releases.set(this.#connection, release)
    return this.#connection
  }

  async beginTransaction(): Promise<void> {
    await this.pg.query('BEGIN')
  }

  async commitTransaction(): Promise<void> {
    await this.pg.query('COMMIT')
  }

  async rollbackTransaction(): Promise<void> {
    await this.pg.query('ROLLBACK')
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(conn)
    this.#releases.delete(conn)
    release?.()
  }

  async destroy(): Promise<void> {
    await this.pg.close()
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}

  createAdapter() {
    return new PostgresAdapter()
  }

  createDriver(): Driver {
    return new PGliteDriver(this.pg)
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own signature.
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db)
  }
}
