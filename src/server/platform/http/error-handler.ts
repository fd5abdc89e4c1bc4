import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import type { FieldError } from '../../../shared/problem.js'
import { AppError, type ErrorCode, toProblem } from './errors.js'

function fromValidation(error: FastifyError): AppError {
  const errors: FieldError[] = []
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const issue of error.validation) {
      const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.')
      errors.push({
        field: path || '(body)',
        message: issue.message ?? 'Not valid',
      })
    }
  }
  const inBody = error.validationContext === 'body'
  const code: ErrorCode = inBody ? 'validation_failed' : 'bad_request'
  const count = errors.length
  return new AppError(code, {
    detail: count === 1 ? errors[0].message : `${count} fields are not valid`,
    errors,
  })
}

// PostgreSQL errors that mean the input could not be stored. Validation
// should have caught each first; this keeps a gap from becoming a 500.
const DATA_ERRORS: Record<string, string> = {
  '22021': 'Text contains a character that cannot be stored',
  '22P05': 'Text contains a character that cannot be stored',
  '22003': 'A number is out of range',
  '22008': 'A date is out of range',
  '22007': 'A date or time is not valid',
  '22009': 'A time zone offset is out of range',
  '22P02': 'A value is not in the expected form',
  '23502': 'A required value is missing',
}

function classify(error: FastifyError): AppError | undefined {
  if (error instanceof AppError) return error
  if (error.validation) return fromValidation(error)
  const data = DATA_ERRORS[String(error.code)]
  if (data && !(error.statusCode && error.statusCode < 500)) {
    return new AppError('validation_failed', { detail: data })
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('payload_too_large')
  }
  if (error.statusCode === 429) return new AppError('rate_limited')
  if (error.code?.startsWith('FST_CSRF')) return new AppError('csrf_invalid')
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(
      error.statusCode === 404 ? 'not_found' : 'bad_request',
      {
        detail: error.message,
      },
    )
  }
  return undefined
}

/** Every error leaves as problem+json; stack traces and SQL stay in logs. */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const known = classify(error)
  const problem = known ? known.toProblem() : toProblem('internal')
  if (known) request.log.info({ code: problem.code }, 'request refused')
  else request.log.error({ err: error }, 'request failed')
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send(problem)
}
