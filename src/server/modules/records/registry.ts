import { accountType } from '../accounts/account-type.js'
import { activityType } from '../activities/activity-type.js'
import { accountContactType } from '../contacts/account-contact-type.js'
import { contactType } from '../contacts/contact-type.js'
import { customObjectType } from '../custom-objects/custom-object-type.js'
import { leadType } from '../leads/lead-type.js'
import { opportunityProductType } from '../opportunities/opportunity-product-type.js'
import { opportunityType } from '../opportunities/opportunity-type.js'
import { productType } from '../products/product-type.js'
import type { RecordType } from './record-type.js'
import type { TypeScope } from './type-scope.js'

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

// The columns every custom object's records have.
const customObjectBase = customObjectType({
  id: '',
  name: '',
  plural: '',
  label: '',
  label_plural: '',
})

const byName = new Map(recordTypes.map((t) => [t.name, t]))

export function findRecordType(name: string): RecordType | undefined {
  return byName.get(name)
}

export interface RefTarget {
  table: string
  title: string
  scope?: TypeScope
}

/** Tables a `ref` may point at that are not full record types. */
const builtInTargets: Record<string, RefTarget> = {
  user: { table: 'app_user', title: 'name' },
  pipeline: { table: 'pipeline', title: 'name' },
  stage: { table: 'stage', title: 'name' },
  ...Object.fromEntries(
    recordTypes.map((t) => [t.name, { table: t.table, title: t.titleField }]),
  ),
}

/**
 * Where the records a `ref` points at live: a built-in table, or the
 * shared table of custom object records held to that object's name.
 */
export function refTarget(name: string): RefTarget {
  // Own keys only: a name like "constructor" is a custom object's.
  if (Object.hasOwn(builtInTargets, name)) return builtInTargets[name]
  return {
    table: 'custom_record',
    title: 'name',
    scope: { column: 'object_type', value: name, liveObject: true },
  }
}

/**
 * The record type a `ref` points at, when it is one (users, pipelines and
 * stages are not): a built-in type, or a custom object's base fields.
 */
export function targetRecordType(name: string): RecordType | undefined {
  if (Object.hasOwn(builtInTargets, name)) return findRecordType(name)
  return { ...customObjectBase, name, scope: refTarget(name).scope }
}

export function isBuiltInTarget(name: string): boolean {
  return Object.hasOwn(builtInTargets, name)
}

/** Whether a type's field is a column rather than a custom value. */
export function isBuiltInField(typeName: string, field: string): boolean {
  const type = findRecordType(typeName) ?? customObjectBase
  return type.fields.some((f) => f.name === field)
}
