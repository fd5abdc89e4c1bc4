import { AppError } from '../http/errors.js'

interface PgError {
  code?: string
  constraint?: string
}

const FOREIGN_KEY = /_tenant_id_([a-z0-9_]+)_fkey$/
const CHECK = /^[a-z_]+?_([a-z0-9_]+)_check$/

/**
 * Turns a constraint violation into the error a user can act on, naming
 * the field; anything else is rethrown as it is.
 */
export function translateConstraintError(error: unknown, table: string): never {
  const { code, constraint = '' } = (error ?? {}) as PgError
  if (code === '23503') {
    const field = FOREIGN_KEY.exec(constraint)?.[1] ?? 'id'
    throw new AppError('validation_failed', {
      detail: 'A related record does not exist',
      errors: [{ field, message: 'Choose an existing record' }],
    })
  }
  if (code === '23514') {
    const field = CHECK.exec(constraint.replace(`${table}_`, 'x_'))?.[1]
    throw new AppError('validation_failed', {
      detail: 'A value is out of range',
      errors: [{ field: field ?? 'id', message: 'This value is out of range' }],
    })
  }
  if (code === '23505') {
    throw new AppError('conflict', {
      detail: 'A record with the same unique value already exists',
    })
  }
  throw error
}
