import type { FieldError, Problem } from '../../../shared/problem.js'

// Every error a client can meet, with its stable code, HTTP status and the
// title users see. Details may add a safe, specific sentence.
export const ERRORS = {
  bad_request: { status: 400, title: 'The request is malformed' },
  unauthenticated: { status: 401, title: 'Sign in first' },
  invalid_credentials: {
    status: 401,
    title: 'The email or password is not correct',
  },
  csrf_invalid: { status: 403, title: 'The form expired; reload the page' },
  forbidden: { status: 403, title: 'You may not do this' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'This conflicts with existing data' },
  payload_too_large: { status: 413, title: 'The request is too large' },
  validation_failed: { status: 422, title: 'The request is not valid' },
  rate_limited: {
    status: 429,
    title: 'Too many attempts; wait a minute and try again',
  },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const

export type ErrorCode = keyof typeof ERRORS

interface Details {
  detail?: string
  errors?: FieldError[]
}

export class AppError extends Error {
  readonly status: number

  constructor(
    readonly code: ErrorCode,
    readonly details: Details = {},
  ) {
    super(details.detail ?? ERRORS[code].title)
    this.status = ERRORS[code].status
  }

  toProblem(): Problem {
    return toProblem(this.code, this.details)
  }
}

export function toProblem(code: ErrorCode, details: Details = {}): Problem {
  const { status, title } = ERRORS[code]
  return {
    type: `https://rapport.dev/problems/${code.replace(/_/g, '-')}`,
    title,
    status,
    code,
    ...details,
  }
}

export function fieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', {
    detail: message,
    errors: [{ field, message }],
  })
}
