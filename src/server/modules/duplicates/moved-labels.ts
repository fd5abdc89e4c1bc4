import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import type { RecordType } from '../records/record-type.js'
import { findRecordType } from '../records/registry.js'

// The words a person reads for each relation a merge moves; the keys are
// those of the merge lineage (move-related.ts).
const LABELS: Record<string, string> = {
  activity_link: 'Activities',
  record_share: 'Shares',
  'opportunity.account_id': 'Opportunities',
  'account.parent_account_id': 'Child accounts',
  'lead.converted_account_id': 'Converted leads',
  'lead.converted_contact_id': 'Converted leads',
  duplicate_dismissal: '"Not a duplicate" decisions',
  'account_contact.is_primary': 'Primary contact flags',
}

/** A label for a relation a merge moves, e.g. "Opportunities". */
export async function movedLabel(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  name: string,
): Promise<string> {
  if (name === 'account_contact') {
    return type.name === 'account' ? 'Contact links' : 'Account links'
  }
  if (LABELS[name]) return LABELS[name]
  const custom = /^custom:([a-z0-9_]+)\.([a-z0-9_]+)$/.exec(name)
  if (!custom) return name
  const [, typeName, fieldName] = custom
  const base = findRecordType(typeName)
  if (!base) return `${typeName} · ${fieldName}`
  const owner = await withCustomFields(tx, actor, base)
  const field = owner.fields.find((f) => f.name === fieldName)
  return `${owner.labelPlural} · ${field?.label ?? fieldName}`
}
