import { accountType } from '../accounts/account-type.js'
import { activityType } from '../activities/activity-type.js'
import { accountContactType } from '../contacts/account-contact-type.js'
import { contactType } from '../contacts/contact-type.js'
import { leadType } from '../leads/lead-type.js'
import { opportunityProductType } from '../opportunities/opportunity-product-type.js'
import { opportunityType } from '../opportunities/opportunity-type.js'
import { productType } from '../products/product-type.js'
import type { RecordType } from './record-type.js'

export const recordTypes: RecordType[] = [
  accountType,
  contactType,
  accountContactType,
  leadType,
  productType,
  opportunityType,
  opportunityProductType,
  activityType,
]

const byName = new Map(recordTypes.map((t) => [t.name, t]))

export function findRecordType(name: string): RecordType | undefined {
  return byName.get(name)
}

/** Tables a `ref` may point at that are not full record types. */
export const refTargets: Record<string, { table: string; title: string }> = {
  user: { table: 'app_user', title: 'name' },
  pipeline: { table: 'pipeline', title: 'name' },
  stage: { table: 'stage', title: 'name' },
  ...Object.fromEntries(
    recordTypes.map((t) => [t.name, { table: t.table, title: t.titleField }]),
  ),
}
