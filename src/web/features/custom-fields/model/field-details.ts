import type { RollupMeta } from '@/shared/api/record-type-model'
import { findRecordType, type RecordType } from '@/shared/api/record-types'
import type { CustomField } from '../api/custom-field'

const FUNCTION_WORDS = {
  sum: 'Sum',
  count: 'Count',
  min: 'Smallest',
  max: 'Largest',
}

function rollupDetails(rollup: RollupMeta, types: RecordType[]): string {
  const { object, via, fn } = rollup
  const source = findRecordType(types, object)
  const what = source?.pluralLabel ?? object
  const field = source?.fields.find((f) => f.name === rollup.field)
  const subject =
    fn === 'count' ? what : `${field?.label ?? rollup.field} of ${what}`
  return `${FUNCTION_WORDS[fn]}: ${subject} via ${via}`
}

/** One line on what a field holds: its options, target or computation. */
export function fieldDetails(field: CustomField, types: RecordType[]): string {
  if (field.type === 'ref' && field.ref) {
    const target = findRecordType(types, field.ref)
    return `→ ${target?.label ?? (field.ref === 'user' ? 'User' : field.ref)}`
  }
  if (field.type === 'refs' && field.ref) {
    const target = findRecordType(types, field.ref)
    const users = field.ref === 'user' ? 'Users' : field.ref
    return `→ many ${target?.pluralLabel ?? users}`
  }
  if (field.computed?.kind === 'rollup') {
    return rollupDetails(field.computed, types)
  }
  if (field.computed?.kind === 'formula')
    return `= ${field.computed.expression}`
  return field.options.map((option) => option.label).join(', ')
}
