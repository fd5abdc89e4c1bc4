import { sql } from 'kysely'
import type { Actor } from '../src/server/modules/access/actor.js'
import { runCommit } from '../src/server/modules/record-imports/commit-import.js'
import { previewImport } from '../src/server/modules/record-imports/preview-import.js'
import { uploadImport } from '../src/server/modules/record-imports/upload-import.js'
import { createTenant } from '../src/server/modules/tenants/create-tenant.js'
import { withTenant } from '../src/server/platform/db/tenant-transaction.js'
import { openBenchDatabase } from './bench-database.js'
import { copyContacts } from './copy-contacts.js'
import { parseOptions } from './options.js'

// Imports a generated contacts file of --scale rows (upload, preview with
// duplicate checking on email, commit) and prints each step's rows per
// second and the process's peak memory: the file is never held whole, so
// the peak stays flat as the file grows. On the server, the same rows are
// then put into the contact table of another workspace by COPY, the floor
// the import is measured against.
//   npx tsx bench/csv-import-memory.ts --scale 1000000
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/csv-import-memory.ts

const CHUNK_ROWS = 2000

async function* contactsFile(rows: number) {
  yield Buffer.from('First name,Last name,Email,Notes\r\n')
  for (let start = 1; start <= rows; start += CHUNK_ROWS) {
    const lines: string[] = []
    for (let i = start; i < Math.min(start + CHUNK_ROWS, rows + 1); i++) {
      // Every 1000th row repeats an earlier email; every 7th has a note
      // over two lines.
      const n = i % 1000 === 0 ? i - 1 : i
      const note = i % 7 === 0 ? '"met at the fair,\r\nasked for a demo"' : ''
      lines.push(`Ann${i},Lee${i % 5000},ann${n}@bench.test,${note}\r\n`)
    }
    yield Buffer.from(lines.join(''))
  }
}

function watchMemory() {
  const peak = { rss: 0, heap: 0 }
  const sample = () => {
    const m = process.memoryUsage()
    peak.rss = Math.max(peak.rss, m.rss)
    peak.heap = Math.max(peak.heap, m.heapUsed)
  }
  const timer = setInterval(sample, 100)
  return {
    peak,
    stop: () => {
      sample()
      clearInterval(timer)
    },
  }
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

async function timed<T>(
  label: string,
  rows: number,
  work: () => Promise<T>,
): Promise<{ out: T; seconds: number }> {
  const memory = watchMemory()
  const started = performance.now()
  const out = await work()
  const seconds = (performance.now() - started) / 1000
  memory.stop()
  console.log(
    `${label.padEnd(8)} ${rows} rows in ${seconds.toFixed(1)} s` +
      ` (${Math.round(rows / seconds)} rows/s), peak RSS ${mb(memory.peak.rss)},` +
      ` peak heap ${mb(memory.peak.heap)}`,
  )
  return { out, seconds }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const rows = options.scale
  const bench = await openBenchDatabase(options)
  try {
    const db = bench.database.db
    const tenant = await createTenant(db, {
      slug: 'bench',
      name: 'Bench',
      admin: {
        email: 'admin@bench.test',
        name: 'Admin',
        password: 'x'.repeat(16),
      },
    })
    const actor: Actor = {
      tenantId: tenant.tenantId,
      userId: tenant.adminId,
      role: 'admin',
      via: 'token',
    }
    console.log(`${options.target}, ${rows} contacts, node ${process.version}`)
    const { out: staged, seconds: upload } = await timed('upload', rows, () =>
      uploadImport(db, actor, {
        recordType: 'contact',
        body: contactsFile(rows),
      }),
    )
    const { seconds: preview } = await timed('preview', rows, () =>
      previewImport(db, actor, staged.id, {
        columns: {
          'First name': 'first_name',
          'Last name': 'last_name',
          Email: 'email',
          Notes: 'description',
        },
        key: 'email',
        mode: 'create',
        dateOrder: 'mdy',
      }),
    )
    const { seconds: commit } = await timed('commit', rows, async () => {
      await withTenant(db, actor.tenantId, (tx) =>
        sql`UPDATE import SET status = 'queued' WHERE id = ${staged.id}`.execute(
          tx,
        ),
      )
      await runCommit(db, actor.tenantId, staged.id)
    })
    const { rows: counts } = await withTenant(db, actor.tenantId, (tx) =>
      sql<{ status: string; n: number }>`SELECT status, count(*)::int AS n
        FROM import_row WHERE import_id = ${staged.id} GROUP BY status
        ORDER BY status`.execute(tx),
    )
    console.log(counts.map((c) => `${c.status}: ${c.n}`).join(', '))
    if (!bench.url) {
      console.log('COPY baseline: on the PostgreSQL server only')
      return
    }
    const other = await createTenant(db, {
      slug: 'copy',
      name: 'Copy',
      admin: {
        email: 'admin@copy.test',
        name: 'Admin',
        password: 'x'.repeat(16),
      },
    })
    const url = bench.url
    const { seconds: copied } = await timed('COPY', rows, () =>
      copyContacts(url, rows, other.tenantId, other.adminId),
    )
    const whole = upload + preview + commit
    const ratio = (s: number) => (s / copied).toFixed(1)
    console.log(
      `import over COPY: upload ${ratio(upload)}x, preview ${ratio(preview)}x,` +
        ` commit ${ratio(commit)}x, all three ${ratio(whole)}x` +
        ` (${Math.round(rows / whole)} rows/s against ${Math.round(rows / copied)})`,
    )
  } finally {
    await bench.dispose()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
