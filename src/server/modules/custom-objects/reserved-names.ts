import { recordTypes } from '../records/registry.js'

// Names and URL segments a custom object may not take: those of built-in
// record types and of the API's and web app's own paths.
const PATHS = [
  'admin',
  'api',
  'api-tokens',
  'audit',
  'auth',
  'board',
  'custom-fields',
  'custom-objects',
  'docs',
  'guard-rules',
  'health',
  'meta',
  'openapi',
  'pipeline',
  'pipelines',
  'regions',
  'roles',
  'search',
  'settings',
  'sign-in',
  'stage',
  'stages',
  'system',
  'teams',
  'user',
  'users',
]

const RESERVED = new Set([
  ...PATHS,
  ...recordTypes.flatMap((t) => [t.name, t.plural]),
  'custom_field',
  'custom_object',
  'custom_record',
])

export function isReserved(name: string): boolean {
  return RESERVED.has(name)
}
