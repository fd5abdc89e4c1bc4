import { boolean, ref, systemFields, text } from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

/** A contact's role at an account: contacts may work with several. */
export const accountContactType: RecordType = {
  name: 'account_contact',
  plural: 'account-contacts',
  label: 'Account contact',
  labelPlural: 'Account contacts',
  table: 'account_contact',
  titleField: 'role',
  defaultSort: 'created_at',
  searchColumns: ['role'],
  fields: [
    ref('account_id', 'Account', 'account', { required: true }),
    ref('contact_id', 'Contact', 'contact', { required: true }),
    text('role', 'Role'),
    boolean('is_primary', 'Primary contact', { notNull: true }),
    ...systemFields.filter((f) => f.name !== 'created_by_id'),
  ],
}
