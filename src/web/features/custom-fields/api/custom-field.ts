import type {
  ComputedMeta,
  EnumOption,
  FieldType,
  RollupMeta,
} from '@/shared/api/record-type-model'

/** A stored field type, or a rollup that the server works out. */
export type CustomFieldType = FieldType | 'rollup'

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
  /** How a rollup or formula field is worked out. */
  computed?: ComputedMeta | null
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
  defaultValue?: unknown
  unique?: boolean
  indexed?: boolean
  min?: number
  max?: number
  pattern?: string
}

export const customFieldsKey = ['custom-fields'] as const
