import { option } from '../../../shared/record-type.js'
import {
  choice,
  email,
  integer,
  longText,
  ownerField,
  phone,
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
    ...systemFields,
  ],
}
