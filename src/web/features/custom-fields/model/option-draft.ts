import { toApiName } from '@/shared/format/api-name'

export interface OptionDraft {
  key: number
  label: string
}

let nextKey = 0

export function newOption(label = ''): OptionDraft {
  nextKey += 1
  return { key: nextKey, label }
}

/** Each option's stored value comes from its label, as API names do. */
export function optionValues(options: OptionDraft[]) {
  return options
    .filter((option) => option.label.trim())
    .map((option) => ({
      value: toApiName(option.label) || option.label.trim(),
      label: option.label.trim(),
    }))
}
