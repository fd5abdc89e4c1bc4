import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { withTenant } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'

/** Chunks read per transaction while a file is sent. */
const CHUNKS_PER_READ = 8

/** An export's file as it is stored, a few chunks at a time. */
export async function* exportChunks(
  db: Db,
  actor: Actor,
  exportId: string,
): AsyncGenerator<Buffer> {
  for (let next = 0; ; ) {
    const { rows } = await withTenant(db, actor.tenantId, (tx) =>
      sql<{ seq: number; data: Uint8Array }>`
        SELECT seq, data FROM export_chunk
        WHERE tenant_id = ${actor.tenantId} AND export_id = ${exportId}
          AND seq >= ${next}
        ORDER BY seq LIMIT ${CHUNKS_PER_READ}`.execute(tx),
    )
    for (const row of rows) yield Buffer.from(row.data)
    if (rows.length < CHUNKS_PER_READ) return
    next = Number(rows.at(-1)?.seq) + 1
  }
}
