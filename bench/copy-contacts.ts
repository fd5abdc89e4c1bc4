import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { v7 as uuidv7 } from 'uuid'

const CHUNK_ROWS = 2000

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`

/** The rows of the generated contacts file, as COPY reads them. */
async function* copyRows(rows: number, tenantId: string, ownerId: string) {
  for (let start = 1; start <= rows; start += CHUNK_ROWS) {
    const lines: string[] = []
    for (let i = start; i < Math.min(start + CHUNK_ROWS, rows + 1); i++) {
      const n = i % 1000 === 0 ? i - 1 : i
      const note =
        i % 7 === 0 ? quote('met at the fair,\r\nasked for a demo') : ''
      lines.push(
        `${tenantId},${uuidv7()},Ann${i},Lee${i % 5000},ann${n}@bench.test,${note},${ownerId},${ownerId}\n`,
      )
    }
    yield lines.join('')
  }
}

/**
 * The floor an import stands on: the same rows put straight into the
 * contact table by COPY, as its owner, with nothing checked, parsed,
 * audited or traced (the table's own triggers still run).
 */
export async function copyContacts(
  url: string,
  rows: number,
  tenantId: string,
  ownerId: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const copy = client.query(
      copyFrom(`COPY contact (tenant_id, id, first_name, last_name, email,
        description, owner_id, created_by_id) FROM STDIN WITH (FORMAT csv)`),
    )
    await pipeline(Readable.from(copyRows(rows, tenantId, ownerId)), copy)
  } finally {
    await client.end()
  }
}
