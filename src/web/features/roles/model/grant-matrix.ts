import type { RecordType } from '@/shared/api/record-types'
import type { Grant, RecordAction, Scope } from '@/shared/api/roles'

/** '*' names every record type the role has no rule of its own for. */
export const OTHER_TYPES = '*'

export interface MatrixRow {
  recordType: string
  label: string
}

export function matrixRows(types: RecordType[]): MatrixRow[] {
  return [
    ...types.map((type) => ({
      recordType: type.name,
      label: type.pluralLabel,
    })),
    { recordType: OTHER_TYPES, label: 'All other types' },
  ]
}

/** The scope the role names for this cell; undefined when it names none. */
export function scopeOf(
  grants: Grant[],
  recordType: string,
  action: RecordAction,
): Scope | undefined {
  return grants.find((g) => g.recordType === recordType && g.action === action)
    ?.scope
}

/**
 * What the cell means: its own rule, else the role's rule for all other
 * types, else none.
 */
export function effectiveScope(
  grants: Grant[],
  recordType: string,
  action: RecordAction,
): Scope {
  return (
    scopeOf(grants, recordType, action) ??
    scopeOf(grants, OTHER_TYPES, action) ??
    'none'
  )
}

/** The grants with one cell set, or cleared when `scope` is undefined. */
export function withScope(
  grants: Grant[],
  cell: { recordType: string; action: RecordAction },
  scope: Scope | undefined,
): Grant[] {
  const others = grants.filter(
    (g) => g.recordType !== cell.recordType || g.action !== cell.action,
  )
  return scope ? [...others, { ...cell, scope }] : others
}
