import type { EnumOption, FieldType } from '@/shared/api/record-type-model'

export type CustomFieldType = Exclude<FieldType, 'ref'>

/** The record types an admin may add fields to, in the order shown. */
export const CUSTOMIZABLE_TYPES = [
  'account',
  'contact',
  'lead',
  'opportunity',
  'product',
  'activity',
] as const

export type CustomizableType = (typeof CUSTOMIZABLE_TYPES)[number]

export interface CustomField {
  id: string
  recordType: CustomizableType
  name: string
  label: string
  type: CustomFieldType
  required: boolean
  options: EnumOption[]
  helpText: string | null
  position: number
}

export interface CustomFieldInput {
  recordType: CustomizableType
  name: string
  label: string
  type: CustomFieldType
  required: boolean
  helpText?: string
  options: EnumOption[]
}

export const customFieldsKey = ['custom-fields'] as const
