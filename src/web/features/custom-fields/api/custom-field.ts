import type {
  ComputedMeta,
  EnumOption,
  FieldType,
  RollupMeta,
} from '@/shared/api/record-type-model'

/** A stored field type, or a rollup or formula the server works out. */
export type CustomFieldType = FieldType | 'rollup' | 'formula'

/** The number types a formula's result may take. */
export type FormulaType = 'decimal' | 'integer' | 'money' | 'percent'

export interface FormulaInput {
  expression: string
  type: FormulaType
}

export type RollupInput = Omit<RollupMeta, 'kind'>

/** The built-in record types an admin may add fields to, in order. */
export const CUSTOMIZABLE_TYPES = [
  'account',
  'contact',
  'lead',
  'opportunity',
  'product',
  'activity',
]

export interface CustomField {
  id: string
  recordType: string
  name: string
  label: string
  type: CustomFieldType
  required: boolean
  options: EnumOption[]
  helpText: string | null
  position: number
  ref?: string | null
  /** How a rollup or formula field is worked out; a formula's result type. */
  computed?: (ComputedMeta & { type?: FormulaType }) | null
  defaultValue?: unknown
  unique?: boolean
  indexed?: boolean
  min?: number | null
  max?: number | null
  pattern?: string | null
}

export interface CustomFieldInput {
  recordType: string
  name: string
  label: string
  type: CustomFieldType
  required: boolean
  helpText?: string
  options: EnumOption[]
  ref?: string
  rollup?: RollupInput
  formula?: FormulaInput
  defaultValue?: unknown
  unique?: boolean
  indexed?: boolean
  min?: number
  max?: number
  pattern?: string
}

/**
 * What PATCH /custom-fields/:id takes: only what changed. null clears a
 * setting; the name and record type never change.
 */
export interface CustomFieldChange {
  label?: string
  type?: CustomFieldType
  required?: boolean
  helpText?: string | null
  options?: EnumOption[]
  defaultValue?: unknown
  unique?: boolean
  indexed?: boolean
  min?: number | null
  max?: number | null
  pattern?: string | null
  rollup?: RollupInput
  formula?: FormulaInput
}

export const customFieldsKey = ['custom-fields'] as const
