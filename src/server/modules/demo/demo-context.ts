import { en, Faker } from '@faker-js/faker'
import { v7 as uuidv7 } from 'uuid'
import { insertRows, type Row } from '../../platform/db/batch-insert.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import type { AuditEntry } from '../audit/write-audit.js'
import { createdEntry } from '../imports/import-audit.js'

// A fixed seed makes every demo workspace hold the same people, companies
// and deals. Dates are the one thing that moves: they are kept as day
// offsets from the day of seeding, so the pipeline always looks current.
export const DEMO_SEED = 20_261_203
export const DEMO_REASON = 'demo_seed'

export interface DemoContext {
  tx: Tx
  actor: Actor
  faker: Faker
  /** Midnight UTC of the day the demo is seeded. */
  today: Date
  audit: AuditEntry[]
}

export function demoContext(
  tx: Tx,
  actor: Actor,
  today = new Date(),
): DemoContext {
  const faker = new Faker({ locale: [en] })
  faker.seed(DEMO_SEED)
  const midnight = new Date(today)
  midnight.setUTCHours(0, 0, 0, 0)
  return { tx, actor, faker, today: midnight, audit: [] }
}

const DAY_MS = 86_400_000

/** A calendar date `days` from the seeding day, as 'YYYY-MM-DD'. */
export function dayFrom(ctx: DemoContext, days: number): string {
  const date = new Date(ctx.today.getTime() + days * DAY_MS)
  return date.toISOString().slice(0, 10)
}

/**
 * An instant in working hours (08:00 to 18:00 UTC) on the day `days` from
 * the seeding day. With `days` below zero it is always in the past.
 */
export function workTime(ctx: DemoContext, days: number): string {
  const minutes = ctx.faker.number.int({ min: 8 * 60, max: 18 * 60 })
  const at = ctx.today.getTime() + days * DAY_MS + minutes * 60_000
  return new Date(at).toISOString()
}

/**
 * An instant from `from` up to `to`, by default up to the seeding day's
 * midnight: when a record seeded as created at `from` was last changed.
 */
export function instantAfter(
  ctx: DemoContext,
  from: string,
  to = ctx.today.toISOString(),
): string {
  const min = Date.parse(from)
  const max = Math.max(min, Date.parse(to) - 60_000)
  return new Date(ctx.faker.number.int({ min, max })).toISOString()
}

/** An instant `minutes` before the seeding day's midnight, in UTC. */
export function minutesBefore(ctx: DemoContext, minutes: number): string {
  return new Date(ctx.today.getTime() - minutes * 60_000).toISOString()
}

/** 'Ana María' 'Ruiz' at 'x.example' gives 'anamaria.ruiz@x.example'. */
export function personEmail(first: string, last: string, domain: string) {
  const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '')
  return `${local}@${domain}`
}

export function newId(): string {
  return uuidv7()
}

/** Inserts demo rows of one table and queues their audit entries. */
export async function addRecords(
  ctx: DemoContext,
  table: string,
  rows: Row[],
  recordType = table,
): Promise<void> {
  if (rows.length === 0) return
  const columns = ['tenant_id', ...Object.keys(rows[0])]
  const withTenant = rows.map((r) => ({ tenant_id: ctx.actor.tenantId, ...r }))
  await insertRows(ctx.tx, table, columns, withTenant)
  auditCreated(ctx, recordType, rows)
}

// Back-dated timestamps are when the record seemingly began, not values
// someone entered: the audit entry leaves them out.
const NOT_AUDITED = new Set(['created_at', 'updated_at'])

export function auditCreated(
  ctx: DemoContext,
  recordType: string,
  rows: Row[],
) {
  for (const row of rows) {
    const fields = Object.keys(row).filter((f) => !NOT_AUDITED.has(f))
    const entry = createdEntry(recordType, row, fields)
    ctx.audit.push({ ...entry, reasonCode: DEMO_REASON })
  }
}
