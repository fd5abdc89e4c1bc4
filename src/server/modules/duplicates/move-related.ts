import { type RawBuilder, sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import {
  type MovedRef,
  moveCustomRefs,
  moveCustomRefsBack,
} from './move-custom-refs.js'
import { moveDismissals, moveDismissalsBack } from './move-dismissals.js'
import {
  type FlagChange,
  settlePrimary,
  unsettlePrimary,
} from './settle-primary.js'

/** One row moved to the survivor: its key and the record it pointed at. */
export interface MovedRow {
  id: string
  from: string
}

/**
 * What a merge moved, by relation: rows of the tables below, custom
 * references (`custom:<type>.<field>`), duplicate dismissals, and the
 * primary flags of account links it changed.
 */
export type Moved = Record<string, MovedRow[] | MovedRef[] | FlagChange[]>

const DISMISSALS = 'duplicate_dismissal'
const PRIMARY = 'account_contact.is_primary'

interface Relation {
  /** The name the lineage records the moves under. */
  name: string
  table: string
  /** The column that points at the merged record. */
  column: string
  /** The row's own key: `id`, or an activity link's activity. */
  key: string
  /** The record type whose audit the move is written to, if any. */
  audited?: string
  touch?: boolean
  /** More conditions on the row `r`, with `$survivor` as the survivor. */
  where?: (survivor: string) => RawBuilder<unknown>
}

const linkTo = (type: string): Relation => ({
  name: 'activity_link',
  table: 'activity_link',
  column: 'record_id',
  key: 'activity_id',
  // An activity already on the survivor's timeline stays once.
  where: (survivor) => sql`r.record_type = ${type} AND NOT EXISTS (
    SELECT 1 FROM activity_link o WHERE o.tenant_id = r.tenant_id
      AND o.activity_id = r.activity_id AND o.record_type = ${type}
      AND o.record_id = ${survivor})`,
})

const sharesOf = (type: string): Relation => ({
  name: 'record_share',
  table: 'record_share',
  column: 'record_id',
  key: 'id',
  // A person or team the survivor is shared with keeps that share.
  where: (survivor) => sql`r.record_type = ${type} AND NOT EXISTS (
    SELECT 1 FROM record_share o WHERE o.tenant_id = r.tenant_id
      AND o.record_type = ${type} AND o.record_id = ${survivor}
      AND (o.user_id = r.user_id OR o.team_id = r.team_id))`,
})

const contactLinks = (column: 'account_id' | 'contact_id'): Relation => {
  const other = column === 'account_id' ? 'contact_id' : 'account_id'
  return {
    name: 'account_contact',
    table: 'account_contact',
    column,
    key: 'id',
    audited: 'account_contact',
    touch: true,
    // The survivor already linked to the same record keeps its own link.
    where: (survivor) => sql`r.deleted_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM account_contact o WHERE o.tenant_id = r.tenant_id
        AND o.deleted_at IS NULL AND o.${sql.ref(column)} = ${survivor}
        AND o.${sql.ref(other)} = r.${sql.ref(other)})`,
  }
}

const pointer = (
  table: string,
  column: string,
  audited?: string,
): Relation => ({
  name: `${table}.${column}`,
  table,
  column,
  key: 'id',
  audited,
  touch: true,
  where: (survivor) => sql`r.id <> ${survivor}`,
})

// What points at a record of each type through a column and moves with a
// merge. Custom reference fields, which live in `custom`, are found from
// their definitions (move-custom-refs.ts).
const RELATIONS: Record<string, Relation[]> = {
  account: [
    linkTo('account'),
    sharesOf('account'),
    contactLinks('account_id'),
    pointer('opportunity', 'account_id', 'opportunity'),
    pointer('account', 'parent_account_id', 'account'),
    pointer('lead', 'converted_account_id', 'lead'),
  ],
  contact: [
    linkTo('contact'),
    sharesOf('contact'),
    contactLinks('contact_id'),
    pointer('lead', 'converted_contact_id', 'lead'),
  ],
  lead: [linkTo('lead'), sharesOf('lead')],
}

export interface MoveAudit {
  recordType: string
  id: string
  column: string
  from: unknown
  to: unknown
}

const rowsOf = (moved: Moved, name: string) => (moved[name] ?? []) as MovedRow[]

/** Moves what points at `loser` to `survivor`; returns what moved. */
export async function moveRelated(
  tx: Tx,
  tenantId: string,
  recordType: string,
  survivor: string,
  loser: string,
  moved: Moved,
  audit: MoveAudit[],
): Promise<void> {
  for (const r of RELATIONS[recordType] ?? []) {
    const touch = r.touch ? sql`, updated_at = clock_timestamp()` : sql``
    const { rows } = await sql<{ key: string }>`
      UPDATE ${sql.table(r.table)} r
      SET ${sql.ref(r.column)} = ${survivor} ${touch}
      WHERE r.tenant_id = ${tenantId} AND r.${sql.ref(r.column)} = ${loser}
        AND ${r.where ? r.where(survivor) : sql`true`}
      RETURNING r.${sql.ref(r.key)} AS key`.execute(tx)
    const rowsMoved = rows.map((row) => ({ id: String(row.key), from: loser }))
    moved[r.name] = [...rowsOf(moved, r.name), ...rowsMoved]
    if (!r.audited) continue
    for (const row of rowsMoved) {
      audit.push({
        recordType: r.audited,
        id: row.id,
        column: r.column,
        from: loser,
        to: survivor,
      })
    }
  }
  const refs = { tenantId, target: recordType, survivor, audit }
  await moveCustomRefs(tx, refs, loser, moved as Record<string, MovedRef[]>)
  const dismissed = await moveDismissals(
    tx,
    tenantId,
    recordType,
    survivor,
    loser,
  )
  moved[DISMISSALS] = [...rowsOf(moved, DISMISSALS), ...dismissed]
  const links = rowsOf(moved, 'account_contact')
    .filter((row) => row.from === loser)
    .map((row) => row.id)
  const flags = await settlePrimary(
    tx,
    tenantId,
    recordType,
    survivor,
    loser,
    links,
  )
  for (const flag of flags) {
    audit.push({
      recordType: 'account_contact',
      id: flag.id,
      column: 'is_primary',
      from: flag.from,
      to: !flag.from,
    })
  }
  moved[PRIMARY] = [...((moved[PRIMARY] ?? []) as FlagChange[]), ...flags]
}

/**
 * Points what a merge moved back at the records it came from, where it
 * still points at the survivor.
 */
export async function moveBack(
  tx: Tx,
  tenantId: string,
  recordType: string,
  survivor: string,
  moved: Moved,
  audit: MoveAudit[],
): Promise<void> {
  const flags = (moved[PRIMARY] ?? []) as FlagChange[]
  await unsettlePrimary(tx, tenantId, flags)
  for (const flag of flags) {
    audit.push({
      recordType: 'account_contact',
      id: flag.id,
      column: 'is_primary',
      from: !flag.from,
      to: flag.from,
    })
  }
  const dismissed = rowsOf(moved, DISMISSALS)
  await moveDismissalsBack(tx, tenantId, recordType, survivor, dismissed)
  const refs = { tenantId, target: recordType, survivor, audit }
  await moveCustomRefsBack(tx, refs, moved as Record<string, MovedRef[]>)
  for (const r of RELATIONS[recordType] ?? []) {
    const touch = r.touch ? sql`, updated_at = clock_timestamp()` : sql``
    const scoped =
      r.name === 'activity_link'
        ? sql`AND r.record_type = ${recordType}`
        : sql``
    for (const row of rowsOf(moved, r.name)) {
      const { rows } = await sql`
        UPDATE ${sql.table(r.table)} r
        SET ${sql.ref(r.column)} = ${row.from} ${touch}
        WHERE r.tenant_id = ${tenantId} AND r.${sql.ref(r.key)} = ${row.id}
          AND r.${sql.ref(r.column)} = ${survivor} ${scoped}
        RETURNING 1`.execute(tx)
      if (!r.audited || rows.length === 0) continue
      audit.push({
        recordType: r.audited,
        id: row.id,
        column: r.column,
        from: survivor,
        to: row.from,
      })
    }
  }
}
