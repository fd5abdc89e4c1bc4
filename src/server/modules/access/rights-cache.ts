import type { Tx } from '../../platform/db/tenant-transaction.js'
import { readAccessVersion } from './access-version.js'
import type { Actor } from './actor.js'
import { loadRights } from './load-rights.js'
import type { Rights } from './rights.js'

// Rights are worked out once per user and workspace access version. The
// version is read in the request's own transaction, so a change to roles,
// teams, rules or shares is seen by the next request in every process; a
// cached entry is never trusted on its age.

const LIMIT = 10_000

interface Entry {
  version: number
  rights: Rights
}

const cache = new Map<string, Entry>()

function keyOf(actor: Actor) {
  return `${actor.tenantId}:${actor.userId}:${actor.role}`
}

/** The actor's rights, from the cache while the access version holds. */
export async function cachedRights(tx: Tx, actor: Actor): Promise<Rights> {
  if (actor.via === 'system' || !actor.userId) return loadRights(tx, actor)
  const version = await readAccessVersion(tx, actor.tenantId)
  const key = keyOf(actor)
  const held = cache.get(key)
  if (held && held.version === version) {
    // Map order is insertion order: re-inserting keeps the most recently
    // used entries last, so the oldest go first when the cache is full.
    cache.delete(key)
    cache.set(key, held)
    return held.rights
  }
  const rights = await loadRights(tx, actor)
  cache.delete(key)
  cache.set(key, { version, rights })
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string)
  return rights
}

/** How many users' rights are held, for tests and metrics. */
export function cachedRightsCount(): number {
  return cache.size
}
