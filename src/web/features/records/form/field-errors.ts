import type { ApiError } from '@/app/api-error'
import { humanize } from '@/shared/api/record-type-model'
import type { FieldMeta } from '@/shared/api/record-types'

export interface NamedError {
  field: string
  label: string
  /** The message beside the field, e.g. "Name is required". */
  message: string
  /** The same message, readable out of context in the form's banner. */
  sentence: string
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

// The server words a missing value as a bare "Required"; a message read
// away from its input must say which field it means.
function wordMessage(label: string, message: string) {
  if (/^required\.?$/i.test(message.trim())) {
    const text = `${label} is required`
    return { message: text, sentence: text }
  }
  return { message, sentence: `${label}: ${lowerFirst(message)}` }
}

// A list's item is named by its place (account_ids.0); the message goes
// beside the list's own input.
function fieldOf(name: string, all: FieldMeta[]): string {
  const list = name.replace(/\.\d+$/, '')
  return list !== name && all.some((f) => f.name === list) ? list : name
}

/**
 * The problem's field errors with labels, in the order the form shows its
 * fields; errors for fields the form does not show come last.
 */
export function namedErrors(
  problem: ApiError | null,
  shown: FieldMeta[],
  all: FieldMeta[],
): NamedError[] {
  const order = shown.map((field) => field.name)
  const rank = (name: string) => {
    const index = order.indexOf(name)
    return index === -1 ? order.length : index
  }

  return (problem?.errors ?? [])
    .map((error) => ({ ...error, field: fieldOf(error.field, all) }))
    .sort((a, b) => rank(a.field) - rank(b.field))
    .map((error) => {
      const field = all.find((candidate) => candidate.name === error.field)
      const label = field?.label ?? (humanize(error.field) || 'Request')
      return { field: error.field, label, ...wordMessage(label, error.message) }
    })
}

/** One line that names the fields, for the top of the form. */
export function errorHeadline(errors: NamedError[], fallback: string) {
  const [first] = errors
  if (!first) return fallback
  if (errors.length === 1) return first.sentence

  const labels = [...new Set(errors.map((error) => error.label))]
  const last = labels.pop()
  return `Check ${labels.join(', ')} and ${last}.`
}
