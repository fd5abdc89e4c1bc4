import { ApiError } from '@/app/api-error'

export interface FormErrors {
  /** The message beside one input. */
  of: (field: string) => string | undefined
  /** Messages about a group of inputs: `options` and `options.2.label`. */
  under: (group: string) => string[]
  /** What belongs to no input, for the foot of the form. */
  rest: string[]
}

const NONE: FormErrors = { of: () => undefined, under: () => [], rest: [] }

const within = (field: string, group: string) =>
  field === group || field.startsWith(`${group}.`)

/**
 * The server's messages placed beside the inputs they are about; `placed`
 * names the inputs and groups the form shows. A duplicate name comes back
 * as a 409 without a field path; it belongs beside the API name.
 */
export function formErrors(error: Error | null, placed: string[]): FormErrors {
  if (!error) return NONE
  if (!(error instanceof ApiError)) return { ...NONE, rest: [error.message] }

  const { errors, status } = error
  const of = (field: string) =>
    field === 'name' && status === 409
      ? error.message
      : errors.find((e) => e.field === field)?.message
  const under = (group: string) => [
    ...new Set(
      errors.filter((e) => within(e.field, group)).map((e) => e.message),
    ),
  ]
  const unplaced = errors
    .filter((e) => !placed.some((group) => within(e.field, group)))
    .map((e) => `${e.field}: ${e.message}`)
  const rest =
    errors.length === 0 && status !== 409 ? [error.message] : unplaced

  return { of, under, rest }
}
