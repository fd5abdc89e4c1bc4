import { readProblem } from './api-error'

const BASE = '/api/v1'
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

let csrfToken: string | null = null
let onUnauthorized: () => void = () => {}

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler
}

export type QueryValue = string | number | boolean | null | undefined
export type QueryParams = Record<string, QueryValue>

interface RequestOptions {
  method?: string
  query?: QueryParams
  body?: unknown
  /** A body sent as it is (a file), with the content type it says. */
  raw?: { content: Blob; type: string }
  headers?: Record<string, string>
  signal?: AbortSignal
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, String(value))
  }

  const search = params.toString()
  return `${BASE}${path}${search ? `?${search}` : ''}`
}

function headersFor(options: RequestOptions, method: string) {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.raw) headers['Content-Type'] = options.raw.type
  if (WRITE_METHODS.has(method) && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken
  }

  return headers
}

export async function api<T>(
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const method = options.method ?? 'GET'
  const response = await fetch(buildUrl(path, options.query), {
    method,
    credentials: 'same-origin',
    headers: headersFor(options, method),
    body:
      options.raw?.content ??
      (options.body === undefined ? undefined : JSON.stringify(options.body)),
    signal: options.signal,
  })

  if (!response.ok) {
    const error = await readProblem(response)
    if (response.status === 401 && !path.startsWith('/auth/')) {
      onUnauthorized()
    }
    throw error
  }

  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}
