import type { FieldType } from '@/shared/api/record-types'

const NUMERIC: FieldType[] = ['money', 'integer', 'decimal', 'percent']

export function isNumeric(type: FieldType): boolean {
  return NUMERIC.includes(type)
}
