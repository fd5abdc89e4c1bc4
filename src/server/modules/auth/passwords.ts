import { hash, verify } from '@node-rs/argon2'

// argon2id with the library's defaults (19 MiB, 2 passes), the OWASP
// baseline for interactive sign-in.
export const MIN_PASSWORD_LENGTH = 10

export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

// Verifying against this when no user matches keeps the answer time the
// same, so sign-in does not reveal which emails exist.
const decoy = hash('rapport-decoy-password')

export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  const target = storedHash ?? (await decoy)
  const ok = await verify(target, password).catch(() => false)
  return ok && Boolean(storedHash)
}
