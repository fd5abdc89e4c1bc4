import type { CustomFieldChange, CustomFieldInput } from '../api/custom-field'
import { type FieldDraft, toInput } from './field-draft'

type Key = keyof CustomFieldChange

// What a change may touch; the name and record type stay as they are.
const CHANGEABLE: Key[] = [
  'label',
  'type',
  'required',
  'helpText',
  'options',
  'defaultValue',
  'unique',
  'indexed',
  'min',
  'max',
  'pattern',
  'rollup',
  'formula',
]

// Left out of the input means off for these, and cleared for most others.
const SWITCHES: Key[] = ['required', 'unique', 'indexed']
// How a computed field is worked out is replaced, never cleared.
const SPECS: Key[] = ['rollup', 'formula']

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

function cleared(key: Key) {
  return SWITCHES.includes(key) ? false : null
}

/**
 * Only what the admin changed between the field as it was and the edit
 * form, as PATCH /custom-fields/:id takes it; empty when nothing did.
 */
export function fieldChange(
  before: FieldDraft,
  after: FieldDraft,
): CustomFieldChange {
  const from: CustomFieldInput = toInput(before)
  const to: CustomFieldInput = toInput(after)
  const change: Record<string, unknown> = {}
  for (const key of CHANGEABLE) {
    if (same(from[key], to[key])) continue
    if (SPECS.includes(key) && to[key] === undefined) continue
    change[key] = to[key] ?? cleared(key)
  }
  return change as CustomFieldChange
}
