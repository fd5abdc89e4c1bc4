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

export interface EnumOption {
  value: string
  label: string
}

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
}

export interface RecordType {
  name: string
  plural: string
  label: string
  pluralLabel: string
  titleField: string
  fields: FieldMeta[]
}

type RawOption = string | { value: string; label?: string }

export interface RawField
  extends Partial<Omit<FieldMeta, 'options' | 'helpText'>> {
  name: string
  options?: RawOption[] | null
  helpText?: string | null
}

export interface RawRecordType {
  name: string
  plural: string
  label?: string
  labelPlural?: string
  titleField?: string
  fields: RawField[]
}

export function humanize(name: string): string {
  const words = name.replace(/_id$/, '').replace(/[_-]+/g, ' ').trim()
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
    readOnly: field.readOnly ?? false,
    options: (field.options ?? []).map(normalizeOption),
    ref: field.ref ?? null,
    currencyField: field.currencyField ?? null,
    ungrouped: field.ungrouped ?? false,
    filterable: field.filterable ?? false,
    sortable: field.sortable ?? false,
    custom: field.custom ?? false,
    helpText: field.helpText || null,
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
  }
}
