import type { Actor } from './actor.js'
import { systemRights } from './load-rights.js'
import type { Rights } from './rights.js'

/** The actor's rights, loaded in their tenant transaction. */
export function rightsOf(actor: Actor): Rights {
  if (actor.rights) return actor.rights
  if (actor.via === 'system') return systemRights()
  throw new Error('Rights are loaded with the tenant transaction')
}
