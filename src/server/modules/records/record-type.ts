import type { RawBuilder } from 'kysely'
import type { ZodType } from 'zod'
import type {
  FieldDescriptor,
  RecordTypeDescriptor,
} from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import type { TypeScope } from './type-scope.js'

export type Values = Record<string, unknown>

export interface WriteContext {
  tx: Tx
  actor: Actor
  /** The record as stored before this write; absent on create. */
  before?: Values
}

export interface VirtualFilter {
  /** How the filter value is checked, like a field of this type. */
  field: FieldDescriptor
  where: (value: unknown) => RawBuilder<unknown>
}

/** How Rapport stores and serves one record type. */
export interface RecordType extends RecordTypeDescriptor {
  table: string
  /** Whether administrators may add custom fields (a `custom` column). */
  customizable?: boolean
  /** Set once the workspace's custom fields have been added. */
  resolved?: boolean
  /**
   * Fields the reader's roles hide: absent from `fields`, so no output,
   * filter, sort or search reaches them, but kept for the access checks.
   */
  withheld?: FieldDescriptor[]
  /**
   * Records of several types sharing one table (custom objects) carry their
   * type in a column; every read and write of this type is held to it.
   */
  scope?: TypeScope
  /** Columns matched when a list is searched with `q`. */
  searchColumns: string[]
  /** Filters on something other than a column, e.g. a link table. */
  virtualFilters?: Record<string, VirtualFilter>
  /** Completes or checks values before they are written. */
  prepare?: (values: Values, ctx: WriteContext) => Promise<void>
  /** Writes what belongs to the record beyond its own row. */
  afterCreate?: (
    record: Values,
    input: Values,
    ctx: WriteContext,
  ) => Promise<void>
  /** Input accepted on create that is not a column (e.g. activity links). */
  extraCreateInput?: Record<string, ZodType>
}

export function hasField(type: RecordType, name: string): boolean {
  return type.fields.some((f) => f.name === name)
}
