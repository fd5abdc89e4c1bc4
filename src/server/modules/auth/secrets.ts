import { createHash, randomBytes } from 'node:crypto'

export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** Tokens are stored only as their SHA-256, never as they were issued. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * A credential names its tenant in clear text before the secret, so it can
 * be checked inside that tenant's row-level security.
 */
export function splitCredential(
  value: string | undefined,
  prefix: string,
): { tenantId: string; secret: string } | undefined {
  if (!value?.startsWith(prefix)) return undefined
  const [tenantId, secret] = value.slice(prefix.length).split('.')
  if (!UUID.test(tenantId ?? '') || !secret) return undefined
  return { tenantId, secret }
}
