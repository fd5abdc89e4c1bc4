import type { Changes } from '../audit/write-audit.js'
import { sameDecimal } from './decimal-text.js'
import type { RecordType, Values } from './record-type.js'

function same(kind: string, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a ?? null) === (b ?? null)
  }
  if (kind === 'decimal' || kind === 'money') return sameDecimal(a, b)
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The fields a write really changes: 100 and "100.00" are one amount. */
export function changedFields(
  type: RecordType,
  before: Values,
  values: Values,
): Changes {
  const changes: Changes = {}
  for (const [name, to] of Object.entries(values)) {
    const kind = type.fields.find((f) => f.name === name)?.type ?? 'text'
    if (!same(kind, before[name], to)) {
      changes[name] = { from: before[name] ?? null, to }
    }
  }
  return changes
}
