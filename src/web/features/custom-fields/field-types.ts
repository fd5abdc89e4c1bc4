import type { CustomFieldType, FormulaType } from './api/custom-field'

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
  ref: 'Relation',
  refs: 'Relation to many',
  rollup: 'Rollup',
  formula: 'Formula',
}

export const FIELD_TYPES = Object.keys(TYPE_LABELS) as CustomFieldType[]

/** The words for a formula's result type, in the order the select lists. */
export const FORMULA_TYPE_LABELS: Record<FormulaType, string> = {
  decimal: 'Number',
  integer: 'Whole number',
  money: 'Money',
  percent: 'Percent',
}

/** Whether a type points at records of a type the admin chooses. */
export function hasTarget(type: CustomFieldType): boolean {
  return type === 'ref' || type === 'refs'
}

/** Whether the server works the value out rather than storing it. */
export function isComputed(type: CustomFieldType): boolean {
  return type === 'rollup' || type === 'formula'
}

/** Whether a type's values come from a list of options the admin edits. */
export function hasOptions(type: CustomFieldType): boolean {
  return type === 'enum' || type === 'multiselect'
}

const NUMBERS: CustomFieldType[] = ['integer', 'decimal', 'money', 'percent']

/** Types that take a smallest and a largest value. */
export function hasRange(type: CustomFieldType): boolean {
  return NUMBERS.includes(type)
}

/** Types whose values a rollup may sum or take the smallest or largest of. */
export function isSummable(type: string): boolean {
  return NUMBERS.includes(type as CustomFieldType) || type === 'date'
}

/** Types that take a default value from More options. */
export function takesDefault(type: CustomFieldType): boolean {
  const none = ['ref', 'refs', 'rollup', 'formula', 'multiselect', 'longtext']
  return !none.includes(type)
}
