export interface FieldError {
  field: string
  message: string
}

interface Problem {
  title?: string
  detail?: string
  code?: string
  errors?: FieldError[]
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly errors: FieldError[]

  constructor(status: number, problem: Problem) {
    const title = problem.title ?? `Request failed (${status})`
    super(problem.detail || title)
    this.name = 'ApiError'
    this.status = status
    this.code = problem.code ?? 'unknown'
    this.title = title
    this.detail = problem.detail ?? ''
    this.errors = Array.isArray(problem.errors) ? problem.errors : []
  }

  fieldMessage(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message
  }
}

export async function readProblem(response: Response): Promise<ApiError> {
  let problem: Problem = {}
  try {
    problem = (await response.json()) as Problem
  } catch {
    problem = { title: response.statusText }
  }

  return new ApiError(response.status, problem)
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof Error) return error.message
  return 'Something went wrong'
}
