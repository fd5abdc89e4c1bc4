import { type RawBuilder, sql } from 'kysely'

/** The column and value that tell one type's rows in a shared table. */
export interface TypeScope {
  column: string
  value: string
}

/** SQL that holds a table's rows to one type, on the given alias. */
export function scopeSql(
  scope: TypeScope | undefined,
  alias: string,
): RawBuilder<unknown> {
  if (!scope) return sql`true`
  return sql`${sql.ref(`${alias}.${scope.column}`)} = ${scope.value}`
}
