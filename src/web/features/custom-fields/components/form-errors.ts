import { ApiError } from '@/app/api-error'

const FORM_FIELDS = ['recordType', 'label', 'name', 'type', 'helpText']

export interface FormErrors {
  /** The message beside one input. */
  of: (field: string) => string | undefined
  /** Messages about the choice options, as a whole or one by one. */
  options: string[]
  /** What belongs to no input, for the foot of the form. */
  rest: string[]
}

const isOption = (field: string) => field.startsWith('options')

/**
 * The server's messages placed beside the inputs they are about. A
 * duplicate name comes back as a 409 without a field path; it belongs
 * beside the API name.
 */
export function formErrors(error: Error | null): FormErrors {
  if (!error) return { of: () => undefined, options: [], rest: [] }
  if (!(error instanceof ApiError)) {
    return { of: () => undefined, options: [], rest: [error.message] }
  }

  const { errors, status } = error
  const of = (field: string) =>
    field === 'name' && status === 409
      ? error.message
      : errors.find((e) => e.field === field)?.message
  const options = errors.filter((e) => isOption(e.field)).map((e) => e.message)
  const unplaced = errors
    .filter((e) => !FORM_FIELDS.includes(e.field) && !isOption(e.field))
    .map((e) => `${e.field}: ${e.message}`)
  const rest =
    errors.length === 0 && status !== 409 ? [error.message] : unplaced

  return { of, options: [...new Set(options)], rest }
}
