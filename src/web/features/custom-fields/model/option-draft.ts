import type { EnumOption } from '@/shared/api/record-type-model'
import { toApiName } from '@/shared/format/api-name'

export interface OptionDraft {
  key: number
  label: string
  /**
   * The stored value of an option the field already has: relabelling it
   * must not orphan the records that hold it. New options have none.
   */
  value?: string
}

let nextKey = 0

export function newOption(label = ''): OptionDraft {
  nextKey += 1
  return { key: nextKey, label }
}

/** An option the field already has, keeping its value. */
export function savedOption(option: EnumOption): OptionDraft {
  return { ...newOption(option.label), value: option.value }
}

/** The value an option is stored as: its own, or one made from its label. */
export function optionValueOf(option: OptionDraft): string {
  return option.value ?? (toApiName(option.label) || option.label.trim())
}

/** Each new option's stored value comes from its label, as API names do. */
export function optionValues(options: OptionDraft[]) {
  return options
    .filter((option) => option.label.trim())
    .map((option) => ({
      value: optionValueOf(option),
      label: option.label.trim(),
    }))
}
