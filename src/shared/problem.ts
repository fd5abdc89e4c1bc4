// RFC 9457 problem details as the API sends them.

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  code: string
  detail?: string
  errors?: FieldError[]
}
