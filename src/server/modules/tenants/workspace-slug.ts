import { fieldError } from '../../platform/http/errors.js'

// The rule the tenant table checks, told to the user before it fails there.
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/

export function requireWorkspaceSlug(slug: string): string {
  if (!SLUG.test(slug)) {
    throw fieldError('workspace', 'Use 2 to 63 lower-case letters, digits or -')
  }
  return slug
}
