import type { FieldDescriptor, FieldType } from '../../../shared/record-type.js'
import { decimalText } from '../records/decimal-text.js'

const TEXTS: FieldType[] = ['text', 'longtext', 'email', 'url', 'phone']
const NUMBERS: FieldType[] = ['integer', 'percent', 'decimal', 'money']
const TRUE = new Set(['true', 'yes', 'y', '1'])
const FALSE = new Set(['false', 'no', 'n', '0'])

/** Why a stored value cannot become the field's new type. */
export class Unconvertible extends Error {}

/** Which type changes keep values (converted) rather than refusing. */
export function canConvert(from: FieldType, to: FieldType): boolean {
  if (from === to) return true
  if (['ref', 'refs'].includes(from) || ['ref', 'refs'].includes(to)) {
    return false
  }
  if (TEXTS.includes(to)) return true
  if (NUMBERS.includes(to)) return NUMBERS.includes(from) || from === 'text'
  if (to === 'date' || to === 'datetime') {
    return from === 'date' || from === 'datetime' || from === 'text'
  }
  if (to === 'boolean') return from === 'text'
  return ['text', 'enum', 'multiselect'].includes(from)
}

// A choice by its value, or by its label whatever the case.
function choose(to: FieldDescriptor, text: string): string {
  const wanted = text.trim().toLowerCase()
  const match = (to.options ?? []).find(
    (o) => o.value === text || o.label.toLowerCase() === wanted,
  )
  if (!match) throw new Unconvertible(`"${text}" is not one of the choices`)
  return match.value
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A stored value in the new type's form; throws when it has none. */
export function convertValue(
  value: unknown,
  from: FieldType,
  to: FieldDescriptor,
): unknown {
  if (TEXTS.includes(to.type)) {
    return Array.isArray(value) ? value.join(', ') : String(value)
  }
  switch (to.type) {
    case 'integer':
    case 'percent': {
      const text = decimalText(value)
      if (text === undefined || !/^-?\d+(\.0+)?$/.test(text)) {
        throw new Unconvertible(`${String(value)} is not a whole number`)
      }
      return Number.parseInt(text, 10)
    }
    case 'decimal':
    case 'money': {
      const text = decimalText(value)
      if (text === undefined) {
        throw new Unconvertible(`"${String(value)}" is not a number`)
      }
      return text
    }
    case 'date':
      return from === 'datetime' ? String(value).slice(0, 10) : value
    case 'datetime':
      return from === 'date' ? `${value}T00:00:00Z` : value
    case 'boolean': {
      const text = String(value).trim().toLowerCase()
      if (TRUE.has(text)) return true
      if (FALSE.has(text)) return false
      throw new Unconvertible(`"${String(value)}" is not yes or no`)
    }
    case 'enum': {
      const list = Array.isArray(value) ? value : [value]
      if (list.length > 1) {
        throw new Unconvertible(`${list.join(', ')} is more than one choice`)
      }
      return choose(to, String(list[0]))
    }
    case 'multiselect':
      return asList(value).map((text) => choose(to, text))
    default:
      return value
  }
}
