import { type RawBuilder, sql } from 'kysely'
import type { Db } from '../../src/server/platform/db/database.js'

// Read as the owner role: these checks look across the whole database.
export async function rows<T>(db: Db, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows
}

export async function counts(db: Db) {
  const tables = [
    'app_user',
    'region',
    'team',
    'account',
    'contact',
    'account_contact',
    'lead',
    'product',
    'opportunity',
    'activity',
  ]
  const out: Record<string, number> = {}
  for (const t of tables) {
    const [r] = await rows(
      db,
      sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(t)}`,
    )
    out[t] = r.n
  }
  return out
}

// Everything a person would see, without the generated ids.
export async function content(db: Db) {
  return {
    users: await rows(
      db,
      sql`SELECT name, email, title FROM app_user ORDER BY email`,
    ),
    accounts: await rows(
      db,
      sql`SELECT a.name, a.industry, a.annual_revenue, a.created_at,
      p.name AS parent FROM account a
      LEFT JOIN account p ON p.id = a.parent_account_id ORDER BY a.name`,
    ),
    deals: await rows(
      db,
      sql`SELECT o.name, o.amount, s.name AS stage, o.engage_date,
      o.close_date, o.created_at, u.email AS owner FROM opportunity o
      JOIN stage s ON s.id = o.stage_id JOIN app_user u ON u.id = o.owner_id
      ORDER BY o.name, o.amount, o.close_date`,
    ),
    activities: await rows(
      db,
      sql`SELECT type, subject, body, occurred_at
      FROM activity ORDER BY occurred_at, subject, body`,
    ),
    leads: await rows(
      db,
      sql`SELECT email, status, created_at FROM lead ORDER BY email`,
    ),
    products: await rows(
      db,
      sql`SELECT name, code, description FROM product ORDER BY code`,
    ),
  }
}
