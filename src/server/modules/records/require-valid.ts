import type { z } from 'zod'
import type { FieldError } from '../../../shared/problem.js'
import { AppError } from '../../platform/http/errors.js'

/** Parses input or refuses it with one error per field, naming each. */
export function requireValid<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const errors: FieldError[] = []
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ field: key, message: 'There is no such field' })
      }
    } else {
      const field = issue.path.join('.') || '(body)'
      errors.push({ field, message: issue.message })
    }
  }
  const detail =
    errors.length === 1
      ? errors[0].message
      : `${errors.length} fields are not valid`
  throw new AppError('validation_failed', { detail, errors })
}
