import type { FieldDescriptor } from '../../../shared/record-type.js'
import { AppError } from '../../platform/http/errors.js'
import { heldRollup } from '../records/field-sql.js'
import type { RecordType } from '../records/record-type.js'
import { targetRecordType } from '../records/registry.js'
import type { Actor } from './actor.js'
import { seesEveryRecord, visibleRows } from './policy.js'
import type { Rights } from './rights.js'

// Field rules as the record layer applies them: a hidden field leaves the
// type the reader works with, so no output, filter, sort or search reaches
// it; a read-only one stays and refuses writes. A computed field that reads
// a hidden field is hidden with it, or it would give the value away.

function readsHidden(
  f: FieldDescriptor,
  hidden: Set<string>,
  rights: Rights,
): boolean {
  const c = f.computed
  if (!c) return false
  if (c.kind === 'formula') {
    const words = c.expression.match(/[a-z][a-z0-9_]*/g) ?? []
    return words.some((w) => hidden.has(w))
  }
  const child = rights.fields[c.object] ?? {}
  return [c.field, c.via].some((name) => name && child[name] === 'hidden')
}

/** A rollup that counts only the related records the actor may see. */
function heldToReader(actor: Actor, f: FieldDescriptor): FieldDescriptor {
  const c = f.computed
  if (c?.kind !== 'rollup') return f
  const child = targetRecordType(c.object)
  if (!child || seesEveryRecord(actor, child)) return f
  return { ...f, computed: heldRollup(c, visibleRows(actor, child)) }
}

/** The record type as this actor may see it. */
export function asSeenBy(actor: Actor, base: RecordType): RecordType {
  const rights = actor.rights
  if (!rights) return base
  const type = {
    ...base,
    fields: base.fields.map((f) => heldToReader(actor, f)),
  }
  // A type without rules of its own may still roll up a hidden field.
  const rules = rights.fields[type.name] ?? {}
  const hidden = new Set(
    Object.entries(rules).flatMap(([name, a]) =>
      a === 'hidden' ? [name] : [],
    ),
  )
  // Formulas may read formulas: hide until nothing more is hidden.
  let grew = true
  while (grew) {
    grew = false
    for (const f of type.fields) {
      if (!hidden.has(f.name) && readsHidden(f, hidden, rights)) {
        hidden.add(f.name)
        grew = true
      }
    }
  }
  const fields = type.fields.flatMap((f) => {
    if (hidden.has(f.name)) return []
    return rules[f.name] === 'read_only' ? [{ ...f, locked: true }] : [f]
  })
  return {
    ...type,
    fields,
    withheld: type.fields.filter((f) => hidden.has(f.name)),
    searchColumns: type.searchColumns.filter((c) => !hidden.has(c)),
  }
}

/** Refuses a write to fields a field rule makes read-only for the actor. */
export function requireUnlocked(type: RecordType, names: string[]): void {
  const locked = names.filter((name) =>
    type.fields.some((f) => f.name === name && f.locked),
  )
  if (locked.length === 0) return
  throw new AppError('forbidden', {
    detail: `You may not change ${locked.join(', ')} of ${type.labelPlural.toLowerCase()}`,
    errors: locked.map((field) => ({
      field,
      message: 'Your roles make this field read-only',
    })),
  })
}
