import type { MergeField } from '../api/merge-preview'

export type Choices = Record<string, string>

const empty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * The record each differing field takes its value from at first: the
 * survivor's, unless it has none and another record has one.
 */
export function defaultChoices(
  fields: MergeField[],
  survivorId: string,
  order: string[],
): Choices {
  const choices: Choices = {}
  for (const field of fields) {
    if (!field.differs) continue
    const filled = order.find((id) => !empty(field.values[id]))
    choices[field.name] =
      empty(field.values[survivorId]) && filled ? filled : survivorId
  }
  return choices
}

/** The merge request's `values`: only fields not kept from the survivor. */
export function chosenValues(choices: Choices, survivorId: string): Choices {
  return Object.fromEntries(
    Object.entries(choices).filter(([, id]) => id !== survivorId),
  )
}

/** The ids of a /merge link, first the record that survives. */
export function mergeLink(type: string, ids: string[]): string {
  const query = new URLSearchParams({ type, ids: ids.join(',') })
  return `/merge?${query.toString()}`
}
