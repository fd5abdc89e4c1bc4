import { type RawBuilder, sql } from 'kysely'

/** The column and value that tell one type's rows in a shared table. */
export interface TypeScope {
  column: string
  value: string
  /**
   * Only while the custom object of that name is live: references,
   * rollups and timelines reach a retired object's records no more.
   */
  liveObject?: boolean
}

/** SQL that holds a table's rows to one type, on the given alias. */
export function scopeSql(
  scope: TypeScope | undefined,
  alias: string,
): RawBuilder<unknown> {
  if (!scope) return sql`true`
  const same = sql`${sql.ref(`${alias}.${scope.column}`)} = ${scope.value}`
  if (!scope.liveObject) return same
  return sql`${same} AND EXISTS (SELECT 1 FROM custom_object o
    WHERE o.tenant_id = current_tenant_id() AND o.name = ${scope.value}
      AND o.deleted_at IS NULL)`
}
