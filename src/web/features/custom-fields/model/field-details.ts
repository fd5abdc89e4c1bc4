import { findRecordType, type RecordType } from '@/shared/api/record-types'
import type { CustomField } from '../api/custom-field'

const FUNCTION_WORDS = {
  sum: 'Sum',
  count: 'Count',
  min: 'Smallest',
  max: 'Largest',
}

/** One line on what a field holds: its options, target or rollup. */
export function fieldDetails(field: CustomField, types: RecordType[]): string {
  if (field.type === 'ref' && field.ref) {
    const target = findRecordType(types, field.ref)
    return `→ ${target?.label ?? (field.ref === 'user' ? 'User' : field.ref)}`
  }
  if (field.type === 'rollup' && field.rollup) {
    const { object, via, fn } = field.rollup
    const source = findRecordType(types, object)
    const of = source?.fields.find((f) => f.name === field.rollup?.field)
    const what = source?.pluralLabel ?? object
    const subject =
      fn === 'count' ? what : `${of?.label ?? field.rollup.field} of ${what}`
    return `${FUNCTION_WORDS[fn]}: ${subject} via ${via}`
  }
  return field.options.map((option) => option.label).join(', ')
}
