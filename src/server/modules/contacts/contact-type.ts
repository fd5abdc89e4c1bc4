import { sql } from 'kysely'
import {
  email,
  longText,
  ownerField,
  phone,
  ref,
  systemFields,
  text,
} from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

export const contactType: RecordType = {
  name: 'contact',
  plural: 'contacts',
  label: 'Contact',
  labelPlural: 'Contacts',
  table: 'contact',
  customizable: true,
  titleField: 'last_name',
  defaultSort: 'last_name',
  searchColumns: ['last_name', 'first_name', 'email'],
  fields: [
    text('first_name', 'First name'),
    text('last_name', 'Last name', { required: true }),
    text('title', 'Title'),
    email('email', 'Email'),
    email('secondary_email', 'Other email'),
    phone('phone', 'Phone'),
    phone('mobile_phone', 'Mobile'),
    text('mailing_city', 'City'),
    text('mailing_country', 'Country'),
    longText('description', 'Description'),
    ownerField,
    ...systemFields,
  ],
  virtualFilters: {
    // Contacts linked to an account through account_contact.
    account_id: {
      field: ref('account_id', 'Account', 'account'),
      where: (accountId) => sql`EXISTS (
        SELECT 1 FROM account_contact ac
        WHERE ac.tenant_id = t.tenant_id AND ac.contact_id = t.id
          AND ac.account_id = ${accountId} AND ac.deleted_at IS NULL)`,
    },
  },
}
