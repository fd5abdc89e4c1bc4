import type { CustomFieldType } from './api/custom-field'

/** The words an admin picks a type by, in the order the select lists them. */
export const TYPE_LABELS: Record<CustomFieldType, string> = {
  text: 'Text',
  longtext: 'Long text',
  enum: 'Choice',
  multiselect: 'Multiple choice',
  boolean: 'Checkbox',
  integer: 'Whole number',
  decimal: 'Decimal number',
  money: 'Money',
  percent: 'Percent',
  date: 'Date',
  datetime: 'Date and time',
  email: 'Email',
  url: 'Web address',
  phone: 'Phone',
}

export const FIELD_TYPES = Object.keys(TYPE_LABELS) as CustomFieldType[]

/** Whether a type's values come from a list of options the admin edits. */
export function hasOptions(type: CustomFieldType): boolean {
  return type === 'enum' || type === 'multiselect'
}

/**
 * A label as an API name the server accepts: lower-case letters, digits
 * and _, starting with a letter, at most 63 characters.
 */
export function toApiName(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
  return words.slice(0, 63).replace(/_+$/, '')
}
