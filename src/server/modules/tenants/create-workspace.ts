import { z } from 'zod'
import type { Db } from '../../platform/db/database.js'
import { fieldError } from '../../platform/http/errors.js'
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js'
import { createTenant } from './create-tenant.js'
import { requireWorkspaceSlug } from './workspace-slug.js'

export interface NewWorkspace {
  workspace: string
  name: string
  adminEmail: string
  adminName?: string
  /** Without one the administrator is invited, not yet able to sign in. */
  adminPassword?: string
}

/** An operator creates a workspace with its first administrator. */
export async function createWorkspace(db: Db, input: NewWorkspace) {
  requireWorkspaceSlug(input.workspace)
  if (!z.email().safeParse(input.adminEmail).success) {
    throw fieldError('adminEmail', 'Not a valid email address')
  }
  const password = input.adminPassword
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw fieldError(
      'adminPassword',
      `Use at least ${MIN_PASSWORD_LENGTH} characters`,
    )
  }
  const created = await createTenant(db, {
    slug: input.workspace,
    name: input.name,
    admin: {
      email: input.adminEmail,
      name: input.adminName ?? input.adminEmail.split('@')[0],
      password,
    },
  })
  return {
    workspace: input.workspace,
    tenantId: created.tenantId,
    adminEmail: input.adminEmail,
    adminStatus: password ? ('active' as const) : ('invited' as const),
  }
}
