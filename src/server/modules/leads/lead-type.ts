import { option } from '../../../shared/record-type.js'
import {
  choice,
  datetime,
  email,
  integer,
  longText,
  ownerField,
  phone,
  ref,
  systemFields,
  text,
  url,
} from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

export const LEAD_STATUSES = [
  'new',
  'working',
  'nurturing',
  'qualified',
  'unqualified',
  'converted',
] as const

export const leadType: RecordType = {
  name: 'lead',
  plural: 'leads',
  label: 'Lead',
  labelPlural: 'Leads',
  table: 'lead',
  customizable: true,
  titleField: 'last_name',
  defaultSort: '-updated_at',
  searchColumns: ['last_name', 'first_name', 'email', 'company'],
  fields: [
    text('first_name', 'First name'),
    text('last_name', 'Last name', { required: true }),
    text('title', 'Title'),
    email('email', 'Email'),
    phone('phone', 'Phone'),
    text('company', 'Company'),
    integer('company_size', 'Company size (employees)', { min: 0 }),
    text('industry', 'Industry'),
    url('website', 'Website'),
    text('source', 'Source'),
    choice(
      'status',
      'Status',
      LEAD_STATUSES.map((s) => option(s)),
      { notNull: true },
    ),
    longText('description', 'Description'),
    ownerField,
    // Written only by converting the lead.
    datetime('converted_at', 'Converted', { readOnly: true }),
    ref('converted_by_id', 'Converted by', 'user', { readOnly: true }),
    ref('converted_contact_id', 'Converted to contact', 'contact', {
      readOnly: true,
    }),
    ref('converted_account_id', 'Converted to account', 'account', {
      readOnly: true,
    }),
    ref(
      'converted_opportunity_id',
      'Opportunity from conversion',
      'opportunity',
      {
        readOnly: true,
      },
    ),
    ...systemFields,
  ],
}
