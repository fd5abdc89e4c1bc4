import { sql } from 'kysely'
import { analyzeDuplicateTables } from '../src/server/modules/duplicates/refresh-job.js'
import { refreshDuplicateKeys } from '../src/server/modules/duplicates/refresh-keys.js'
import { createTenant } from '../src/server/modules/tenants/create-tenant.js'
import { withTenant } from '../src/server/platform/db/tenant-transaction.js'
import { buildApp } from '../src/server/platform/http/app.js'
import { openBenchDatabase } from './bench-database.js'
import { explainAsApp } from './explain-plan.js'
import { measure } from './measure.js'
import { parseOptions } from './options.js'
import { Session } from './session.js'

// Duplicate lookups in a workspace of `--scale` contacts, one in fifty
// sharing an email with the contact before it: how fast records are
// loaded and keyed, and what a record's duplicates, a check of unsaved
// values and a page of the review list cost. Not part of `npm run bench`:
// run it with `npx tsx bench/duplicate-lookup.ts [--scale n]`.

const PASSWORD = 'bench password, long enough'
const FIRST = ['Ann', 'Bob', 'Chloé', 'Dev', 'Eva', 'Femi', 'Gus', 'Hana']
const LAST = ['Lee', 'García', 'Smith', 'Okafor', 'Novak', 'Müller', 'Khan']

async function fill(
  db: Parameters<typeof withTenant>[0],
  tenantId: string,
  n: number,
) {
  // Names vary by a number so that trigram neighbours are realistic in
  // count: a few dozen similar names, not a hundred thousand.
  await withTenant(db, tenantId, (tx) =>
    sql`INSERT INTO contact (tenant_id, id, first_name, last_name, email, phone)
      SELECT ${tenantId}, gen_random_uuid(),
        (${FIRST}::text[])[1 + i % 8],
        (${LAST}::text[])[1 + (i / 8) % 7] || ' ' || to_hex(i * 2654435761 % 4294967296),
        'person' || (i - (i % 50 = 1)::int) || '@example'
          || ((i - (i % 50 = 1)::int) % 997) || '.com',
        '+1415' || lpad((i % 9000000 + 1000000)::text, 7, '0')
      FROM generate_series(1, ${n}) AS i`.execute(tx),
  )
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const bench = await openBenchDatabase(options)
  const { database } = bench
  try {
    const { tenantId } = await createTenant(database.db, {
      slug: 'dupes',
      name: 'Dupes',
      admin: { email: 'admin@dupes.test', name: 'Admin', password: PASSWORD },
    })
    const n = options.scale
    let start = Date.now()
    await fill(database.db, tenantId, n)
    const fillMs = Date.now() - start
    process.stderr.write(`filled ${n} contacts in ${fillMs} ms\n`)

    const unkeyed = async () => {
      const { rows } = await withTenant(database.db, tenantId, (tx) =>
        sql<{ n: number }>`SELECT count(*)::int AS n FROM duplicate_key_queue
          WHERE NOT keyed`.execute(tx),
      )
      return Number(rows[0].n)
    }
    start = Date.now()
    let sinceAnalyze = 0
    while ((await unkeyed()) > 0) {
      const done = await withTenant(database.db, tenantId, (tx) =>
        refreshDuplicateKeys(tx, tenantId, { keys: 5000, names: 0 }),
      )
      // As the background refresh does.
      sinceAnalyze += done.keyed
      if (sinceAnalyze >= 10_000) {
        await analyzeDuplicateTables(database)
        sinceAnalyze = 0
      }
    }
    const keyMs = Date.now() - start
    process.stderr.write(`keyed in ${keyMs} ms\n`)
    // Pairing by similar names for a sample: it runs a trigram lookup per
    // record, so its rate is what matters.
    const sample = Math.min(n, 2000)
    start = Date.now()
    await withTenant(database.db, tenantId, (tx) =>
      refreshDuplicateKeys(tx, tenantId, { keys: 0, names: sample }),
    )
    const nameMs = Date.now() - start
    await database.runScript('ANALYZE')

    const app = await buildApp({
      database,
      cookieSecret: 'bench-cookie-secret-that-is-long-enough',
      logLevel: 'silent',
    })
    const session = await Session.signIn(app, {
      workspace: 'dupes',
      email: 'admin@dupes.test',
      password: PASSWORD,
    })
    const { rows } = await withTenant(database.db, tenantId, (tx) =>
      sql<{ id: string }>`SELECT id FROM contact
        WHERE email = 'person100@example100.com' LIMIT 1`.execute(tx),
    )
    const id = rows[0].id
    const ok = (res: { statusCode: number; body: string }) => {
      if (res.statusCode !== 200) throw new Error(res.body)
    }
    const runs = { runs: options.runs, warmup: options.warmup }
    const cases = {
      "a record's duplicates": () =>
        session.get(`/api/v1/contacts/${id}/duplicates`),
      'check an email': () =>
        session.post('/api/v1/contacts/duplicates/check', {
          values: { email: 'Person100@example100.com' },
        }),
      'check a name (trigram)': () =>
        session.post('/api/v1/contacts/duplicates/check', {
          values: { first_name: 'Chloe', last_name: 'Garcia 1b' },
        }),
      'check email, phone and name': () =>
        session.post('/api/v1/contacts/duplicates/check', {
          values: {
            first_name: 'Ann',
            last_name: 'Smith 7f',
            email: 'person4000@example12.com',
            phone: '(415) 100-4000',
          },
        }),
      'review list, first page': () =>
        session.get('/api/v1/duplicates?type=contact&limit=25'),
    }
    console.log(`target ${options.target}, ${n} contacts`)
    console.log(`fill (INSERT … SELECT, queued by trigger): ${fillMs} ms`)
    const rate = (count: number, ms: number) => Math.round((count / ms) * 1000)
    console.log(
      `keys and equal-key pairs: ${keyMs} ms, ${rate(n, keyMs)} contacts/s`,
    )
    console.log(
      `similar-name pairs for ${sample}: ${nameMs} ms, ${rate(sample, nameMs)} contacts/s`,
    )
    const pairs = await withTenant(database.db, tenantId, (tx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM duplicate_pair`.execute(
        tx,
      ),
    )
    console.log(`pairs found: ${pairs.rows[0].n}`)
    for (const [name, work] of Object.entries(cases)) {
      const t = await measure(work, ok, runs)
      console.log(`${name}: median ${t.medianMs} ms, p95 ${t.p95Ms} ms`)
    }
    const plan = await explainAsApp(
      database.db,
      tenantId,
      sql`SELECT * FROM duplicate_key WHERE tenant_id = ${tenantId}
        AND record_type = 'contact' AND kind = 'email'
        AND value = 'person100@example100.com'`.compile(database.db),
    )
    console.log(`exact key plan: ${plan.nodes.join(' / ')}`)
    const trigram = await explainAsApp(
      database.db,
      tenantId,
      sql`SELECT * FROM similar_duplicate_names('contact', 'chloe garcia 1b', 0.5, 26)`.compile(
        database.db,
      ),
    )
    console.log(`name lookup: ${trigram.executionMs} ms`)
    await app.close()
  } finally {
    await bench.dispose()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
