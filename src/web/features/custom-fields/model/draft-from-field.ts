import { toLocalInputValue } from '@/shared/format/dates'
import type { CustomField } from '../api/custom-field'
import { type FieldDraft, newDraft } from './field-draft'
import { newOption, savedOption } from './option-draft'

function textOf(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value)
}

function defaultText(field: CustomField): string {
  const value = field.defaultValue
  if (field.type === 'datetime' && typeof value === 'string') {
    return toLocalInputValue(value)
  }
  return textOf(value)
}

/** The Edit field form's starting point: the field as it is now. */
export function draftFromField(field: CustomField): FieldDraft {
  const draft = newDraft(field.recordType)
  const { computed } = field
  return {
    ...draft,
    label: field.label,
    name: field.name,
    type: field.type,
    required: field.required,
    helpText: field.helpText ?? '',
    options:
      field.options.length > 0 ? field.options.map(savedOption) : [newOption()],
    ref: field.ref ?? '',
    rollup:
      computed?.kind === 'rollup'
        ? { ...computed, field: computed.field ?? '' }
        : draft.rollup,
    formula:
      computed?.kind === 'formula'
        ? { expression: computed.expression, type: computed.type ?? 'decimal' }
        : draft.formula,
    defaultValue: defaultText(field),
    unique: field.unique ?? false,
    indexed: field.indexed ?? false,
    min: textOf(field.min),
    max: textOf(field.max),
    pattern: field.pattern ?? '',
  }
}
