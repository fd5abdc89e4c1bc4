export type FieldType =
  | 'text'
  | 'longtext'
  | 'email'
  | 'url'
  | 'phone'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'enum'
  | 'multiselect'
  | 'ref'
  /** A relation to many records: a list of ids, kept as a set. */
  | 'refs'

export interface EnumOption {
  value: string
  label: string
}

/** How a computed field is worked out from the records that point here. */
export interface RollupMeta {
  kind: 'rollup'
  /** The record type whose records are summarised. */
  object: string
  /** Their ref or refs field that points at this record. */
  via: string
  /** Set when `via` is a refs field: a record may count towards many. */
  viaMany?: boolean
  fn: 'sum' | 'count' | 'min' | 'max'
  field?: string
}

/** A value worked out from the record's own fields. */
export interface FormulaMeta {
  kind: 'formula'
  expression: string
}

export type ComputedMeta = RollupMeta | FormulaMeta

export interface FieldMeta {
  name: string
  label: string
  type: FieldType
  required: boolean
  readOnly: boolean
  options: EnumOption[]
  ref: string | null
  currencyField: string | null
  ungrouped: boolean
  filterable: boolean
  sortable: boolean
  /** Defined by the workspace's admins rather than built in. */
  custom: boolean
  /** A sentence shown under the field's input. */
  helpText: string | null
  /** Worked out by the server from other records; never in a form. */
  computed: ComputedMeta | null
  /** Given to a new record that leaves the field out. */
  defaultValue: unknown
  unique: boolean
  min: number | null
  max: number | null
  pattern: string | null
}

export interface RecordType {
  name: string
  plural: string
  label: string
  pluralLabel: string
  titleField: string
  fields: FieldMeta[]
  /** Added by the workspace's admins rather than built in. */
  customObject: boolean
  /** What the signed-in user may do with records of the type. */
  actions: string[]
}

type RawOption = string | { value: string; label?: string }

type Nullable = 'options' | 'helpText' | 'computed' | 'min' | 'max' | 'pattern'

export interface RawField extends Partial<Omit<FieldMeta, Nullable>> {
  name: string
  options?: RawOption[] | null
  helpText?: string | null
  computed?: ComputedMeta | null
  min?: number | null
  max?: number | null
  pattern?: string | null
  /** Read-only for this user by a field rule of their roles. */
  locked?: boolean
}

export interface RawRecordType {
  name: string
  plural: string
  label?: string
  labelPlural?: string
  titleField?: string
  fields: RawField[]
  customObject?: boolean
  actions?: string[]
}

export function humanize(name: string): string {
  const words = name
    .replace(/_ids?$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function normalizeOption(option: RawOption): EnumOption {
  if (typeof option === 'string') {
    return { value: option, label: humanize(option) }
  }
  return { value: option.value, label: option.label ?? humanize(option.value) }
}

function normalizeField(field: RawField): FieldMeta {
  return {
    name: field.name,
    label: field.label ?? humanize(field.name),
    type: field.type ?? 'text',
    required: field.required ?? false,
    readOnly: (field.readOnly || field.locked) ?? false,
    options: (field.options ?? []).map(normalizeOption),
    ref: field.ref ?? null,
    currencyField: field.currencyField ?? null,
    ungrouped: field.ungrouped ?? false,
    filterable: field.filterable ?? false,
    sortable: field.sortable ?? false,
    custom: field.custom ?? false,
    helpText: field.helpText || null,
    computed: field.computed ?? null,
    defaultValue: field.defaultValue ?? null,
    unique: field.unique ?? false,
    min: field.min ?? null,
    max: field.max ?? null,
    pattern: field.pattern || null,
  }
}

export function normalizeRecordType(raw: RawRecordType): RecordType {
  return {
    name: raw.name,
    plural: raw.plural,
    label: raw.label ?? humanize(raw.name),
    pluralLabel: raw.labelPlural ?? humanize(raw.plural),
    titleField: raw.titleField ?? 'name',
    fields: raw.fields.map(normalizeField),
    customObject: raw.customObject ?? false,
    actions: raw.actions ?? ['view', 'create', 'edit', 'delete'],
  }
}
