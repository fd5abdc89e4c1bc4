import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { RecordType } from '../records/record-type.js'
import { RECORD_ID, RECORD_ID_HEADER } from './record-id-key.js'

// Header names of Salesforce exports (API names) whose words differ from
// ours; the rest (BillingCity, FirstName, CloseDate...) match by name.
const SALESFORCE: Record<string, Record<string, string>> = {
  account: {
    numberofemployees: 'employees',
    numemp: 'employees',
    parentid: 'parent_account_id',
    parent: 'parent_account_id',
  },
  contact: { mobilephone: 'mobile_phone' },
  lead: {
    numberofemployees: 'company_size',
    leadsource: 'source',
  },
  opportunity: {
    stagename: 'stage_id',
    stage: 'stage_id',
    leadsource: 'source',
    id: 'external_id',
  },
  activity: { who: 'contact_id', what: 'account_id' },
}

// Header names of HubSpot's exports (property labels) whose words differ
// from ours.
const HUBSPOT: Record<string, Record<string, string>> = {
  account: {
    companyname: 'name',
    companydomainname: 'domain',
    numberofemployees: 'employees',
    phonenumber: 'phone',
    streetaddress: 'billing_street',
    city: 'billing_city',
    stateregion: 'billing_state',
    postalcode: 'billing_postal_code',
    countryregion: 'billing_country',
    companyowner: 'owner_id',
  },
  contact: {
    phonenumber: 'phone',
    mobilephonenumber: 'mobile_phone',
    jobtitle: 'title',
    city: 'mailing_city',
    countryregion: 'mailing_country',
    contactowner: 'owner_id',
  },
  lead: {
    companyname: 'company',
    phonenumber: 'phone',
    jobtitle: 'title',
    numberofemployees: 'company_size',
    leadstatus: 'status',
    originalsource: 'source',
    contactowner: 'owner_id',
  },
  opportunity: {
    dealname: 'name',
    dealstage: 'stage_id',
    dealowner: 'owner_id',
    recordid: 'external_id',
  },
}

/** Letters and digits only, lower case; a custom field's __c dropped. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/__c$/, '')
    .replace(/[^a-z0-9]/g, '')
}

function candidates(f: FieldDescriptor): string[] {
  const keys = [headerKey(f.name), headerKey(f.label)]
  // A reference is also named without its _id: "Account" for account_id.
  if (f.name.endsWith('_id')) keys.push(headerKey(f.name.slice(0, -3)))
  return keys
}

/**
 * A field for each header of a file, or null: by field name or label
 * (case, spaces and punctuation aside), then by the names Salesforce
 * and HubSpot exports use. A field is suggested for one header at most.
 */
export function suggestMapping(
  type: RecordType,
  headers: string[],
): Record<string, string | null> {
  const writable = type.fields.filter((f) => !f.readOnly && !f.computed)
  const aliases = {
    ...(HUBSPOT[type.name] ?? {}),
    ...(SALESFORCE[type.name] ?? {}),
  }
  const taken = new Set<string>()
  const out: Record<string, string | null> = {}
  for (const header of headers) {
    const key = headerKey(header)
    if (key === headerKey(RECORD_ID_HEADER)) {
      out[header] = RECORD_ID
      continue
    }
    const named = writable.find((f) => candidates(f).includes(key))?.name
    const alias = aliases[key]
    const field =
      named ?? (writable.some((f) => f.name === alias) ? alias : undefined)
    out[header] = field && !taken.has(field) ? field : null
    if (field) taken.add(field)
  }
  return out
}
