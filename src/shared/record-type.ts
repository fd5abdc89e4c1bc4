// The description of a record type that the server validates against and
// the web app draws lists, forms and record pages from.

export const FIELD_TYPES = [
  'text',
  'longtext',
  'email',
  'url',
  'phone',
  'integer',
  'decimal',
  'money',
  'percent',
  'date',
  'datetime',
  'boolean',
  'enum',
  'multiselect',
  'ref',
  'refs',
] as const

export type FieldType = (typeof FIELD_TYPES)[number]

export interface FieldOption {
  value: string
  label: string
}

/** How a computed field is worked out; computed fields are read-only. */
export interface RollupSpec {
  kind: 'rollup'
  /** The record type whose records are summarised. */
  object: string
  /** Their field (one relation or many) that points at this record. */
  via: string
  /** Whether that field is a relation to many. */
  viaMany?: boolean
  fn: 'sum' | 'count' | 'min' | 'max'
  /** Their field that is summed, or the smallest or largest of; not for count. */
  field?: string
}

/** A computed value from the record's own fields, e.g. amount * 0.2. */
export interface FormulaSpec {
  kind: 'formula'
  expression: string
}

export type ComputedSpec = RollupSpec | FormulaSpec

export interface FieldDescriptor {
  name: string
  label: string
  type: FieldType
  required?: boolean
  /** Has a stored default: may be left out, never cleared to null. */
  notNull?: boolean
  readOnly?: boolean
  /** Read-only for this reader: a field rule of their roles says so. */
  locked?: boolean
  options?: FieldOption[]
  /** The record type a `ref` (one) or `refs` (many) field points at. */
  ref?: string
  /**
   * For `money`: the field holding the ISO 4217 currency; without one the
   * amount is in the workspace's currency.
   */
  currencyField?: string
  min?: number
  max?: number
  /** Decimal places a `decimal` keeps; more are refused, never rounded. */
  scale?: number
  /** Defined by an administrator of the workspace, not built in. */
  custom?: boolean
  /** A sentence that helps people fill the field in. */
  helpText?: string
  /** Shown without digit grouping: a year, a code. */
  ungrouped?: boolean
  /** A regular expression the whole value must match. */
  pattern?: string
  filterable?: boolean
  sortable?: boolean
  /** Given to a new record that leaves the field out. */
  defaultValue?: unknown
  /** No two live records of the type may share a value. */
  unique?: boolean
  /** Filters on it are served by an index. */
  indexed?: boolean
  /** Worked out by Rapport from other records; never written. */
  computed?: ComputedSpec
}

export interface RecordTypeDescriptor {
  name: string
  plural: string
  label: string
  labelPlural: string
  titleField: string
  fields: FieldDescriptor[]
  defaultSort: string
  /** Defined by an administrator of the workspace: a custom object. */
  customObject?: boolean
  /** What the reader may do with records of the type, at some scope. */
  actions?: string[]
}

export function option(value: string, label?: string): FieldOption {
  const words = value.replace(/_/g, ' ')
  return { value, label: label ?? words[0].toUpperCase() + words.slice(1) }
}
