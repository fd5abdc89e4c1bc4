import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import type { RecordType, Values } from '../records/record-type.js'
import { refTarget } from '../records/registry.js'
import { scopeSql } from '../records/type-scope.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function idsByTitle(
  tx: Tx,
  actor: Actor,
  target: string,
  names: string[],
) {
  const t = refTarget(target)
  const title = sql`lower(r.${sql.ref(t.title)})`
  // A user is named by their name or their email, an account by its name
  // or its domain.
  const email =
    target === 'user'
      ? sql`lower(r.email)`
      : target === 'account'
        ? sql`lower(r.domain)`
        : sql`NULL::text`
  const { rows } = await sql<{
    id: string
    title: string
    email: string | null
  }>`
    SELECT r.id, ${title} AS title, ${email} AS email
    FROM ${sql.table(t.table)} r
    WHERE r.tenant_id = ${actor.tenantId} AND r.deleted_at IS NULL
      AND ${scopeSql(t.scope, 'r')}
      AND (${title} IN (${sql.join(names)}) OR ${email} IN (${sql.join(names)}))`.execute(
    tx,
  )
  const found = new Map<string, string[]>()
  for (const row of rows) {
    for (const k of new Set([row.title, row.email])) {
      if (k) found.set(k, [...(found.get(k) ?? []), row.id])
    }
  }
  return found
}

/**
 * References given by name rather than id (an opportunity's account by
 * its name, an owner by name or email) become ids, for a batch of rows at
 * once. A name that matches no record or several is a reason to refuse.
 */
export async function resolveReferences(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  inputs: Values[],
): Promise<Map<Values, string>> {
  const reasons = new Map<Values, string>()
  for (const f of type.fields) {
    if (f.type !== 'ref' || !f.ref) continue
    const named = inputs.filter(
      (input) =>
        typeof input[f.name] === 'string' &&
        !UUID.test(input[f.name] as string),
    )
    if (named.length === 0) continue
    const names = [
      ...new Set(named.map((i) => String(i[f.name]).toLowerCase())),
    ]
    const found = await idsByTitle(tx, actor, f.ref, names)
    for (const input of named) {
      const text = String(input[f.name])
      const ids = found.get(text.toLowerCase()) ?? []
      if (ids.length === 1) input[f.name] = ids[0]
      else {
        const problem =
          ids.length === 0
            ? 'matches no record'
            : `matches ${ids.length} records`
        const reason = `${f.label}: "${text}" ${problem}`
        reasons.set(
          input,
          [reasons.get(input), reason].filter(Boolean).join('; '),
        )
      }
    }
  }
  return reasons
}
