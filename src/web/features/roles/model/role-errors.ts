import { ApiError } from '@/app/api-error'
import { formErrors } from '@/shared/form/form-errors'

const PLACED = ['name', 'key', 'description', 'abilities', 'grants']

export interface RoleErrors {
  of: (field: string) => string | undefined
  /** Messages about the matrix: `grants` and `grants.3.scope`. */
  grants: string[]
  rest: string[]
}

/**
 * The server's messages beside the role form's inputs. A key already
 * taken comes back as a 409 without a field; it belongs beside the key.
 */
export function roleErrors(error: Error | null): RoleErrors {
  const errors = formErrors(error, PLACED)
  const taken = error instanceof ApiError && error.status === 409
  return {
    of: (field) => {
      if (field === 'key' && taken) return error.message
      if (field === 'name' && taken) return undefined
      return errors.of(field)
    },
    grants: errors.under('grants'),
    rest: errors.rest,
  }
}
