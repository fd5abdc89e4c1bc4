import type { RollupMeta } from '@/shared/api/record-type-model'
import { toApiName } from '@/shared/format/api-name'
import { fromLocalInputValue } from '@/shared/format/dates'
import type {
  CustomFieldInput,
  CustomFieldType,
  FormulaInput,
} from '../api/custom-field'
import {
  hasOptions,
  hasRange,
  hasTarget,
  isComputed,
  takesDefault,
} from '../field-types'
import { newOption, type OptionDraft, optionValues } from './option-draft'

export type RollupFn = RollupMeta['fn']

/** What the Add field form holds while an admin fills it in. */
export interface FieldDraft {
  recordType: string
  label: string
  /** null while the API name follows the label. */
  name: string | null
  type: CustomFieldType
  required: boolean
  helpText: string
  options: OptionDraft[]
  ref: string
  rollup: { object: string; via: string; fn: RollupFn; field: string }
  formula: FormulaInput
  defaultValue: string
  unique: boolean
  indexed: boolean
  min: string
  max: string
  pattern: string
}

export function newDraft(recordType: string): FieldDraft {
  return {
    recordType,
    label: '',
    name: null,
    type: 'text',
    required: false,
    helpText: '',
    options: [newOption()],
    ref: '',
    rollup: { object: '', via: '', fn: 'sum', field: '' },
    formula: { expression: '', type: 'decimal' },
    defaultValue: '',
    unique: false,
    indexed: false,
    min: '',
    max: '',
    pattern: '',
  }
}

/**
 * A relation's name ends in _id, as the built-in ones do; a relation to
 * many ends in _ids after the singular: "Accounts" → account_ids.
 */
export function apiNameOf(draft: FieldDraft): string {
  if (draft.name !== null) return draft.name
  const name = toApiName(draft.label)
  if (!name || !hasTarget(draft.type)) return name
  if (draft.type === 'refs') return manyName(name)
  return name.endsWith('_id') ? name : `${name}_id`
}

// English plurals the usual way: categories, boxes, accounts.
function manyName(name: string): string {
  if (name.endsWith('_ids')) return name
  const one = name
    .replace(/_ids?$/, '')
    .replace(/ies$/, 'y')
    .replace(/(ss|x|ch|sh)es$/, '$1')
    .replace(/([^s])s$/, '$1')
  return `${one}_ids`
}

function numberOrUndefined(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text)
}

/** The default as the JSON value of the field's type; empty means none. */
export function defaultValueOf(draft: FieldDraft): unknown {
  const text = draft.defaultValue.trim()
  if (text === '' || !takesDefault(draft.type)) return undefined

  switch (draft.type) {
    case 'integer':
    case 'percent':
      return Number(text)
    case 'boolean':
      return text === 'true'
    case 'datetime':
      return fromLocalInputValue(text)
    default:
      return text
  }
}

function rollupOf(draft: FieldDraft) {
  const { object, via, fn, field } = draft.rollup
  return { object, via, fn, field: fn === 'count' ? undefined : field }
}

function formulaOf(draft: FieldDraft): FormulaInput {
  const { expression, type } = draft.formula
  return { expression: expression.trim(), type }
}

export function toInput(draft: FieldDraft): CustomFieldInput {
  const { type } = draft
  const text = type === 'text'
  const computed = isComputed(type)
  return {
    recordType: draft.recordType,
    label: draft.label.trim(),
    name: apiNameOf(draft),
    type,
    required: !computed && draft.required,
    helpText: draft.helpText.trim() || undefined,
    options: hasOptions(type) ? optionValues(draft.options) : [],
    ref: hasTarget(type) ? draft.ref : undefined,
    rollup: type === 'rollup' ? rollupOf(draft) : undefined,
    formula: type === 'formula' ? formulaOf(draft) : undefined,
    defaultValue: defaultValueOf(draft),
    unique: !computed && draft.unique ? true : undefined,
    indexed: !computed && draft.indexed ? true : undefined,
    min: hasRange(type) ? numberOrUndefined(draft.min) : undefined,
    max: hasRange(type) ? numberOrUndefined(draft.max) : undefined,
    pattern: text ? draft.pattern.trim() || undefined : undefined,
  }
}
