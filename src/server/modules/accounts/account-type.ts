import {
  integer,
  longText,
  money,
  ownerField,
  phone,
  ref,
  systemFields,
  text,
  url,
} from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

function address(prefix: 'billing' | 'shipping', label: string) {
  return [
    text(`${prefix}_street`, `${label} street`, { sortable: false }),
    text(`${prefix}_city`, `${label} city`),
    text(`${prefix}_state`, `${label} state or region`),
    text(`${prefix}_postal_code`, `${label} postal code`),
    text(`${prefix}_country`, `${label} country`),
  ]
}

export const accountType: RecordType = {
  name: 'account',
  plural: 'accounts',
  label: 'Account',
  labelPlural: 'Accounts',
  table: 'account',
  customizable: true,
  titleField: 'name',
  defaultSort: 'name',
  searchColumns: ['name', 'domain'],
  fields: [
    text('name', 'Name', { required: true, max: 255 }),
    ref('parent_account_id', 'Parent account', 'account'),
    text('industry', 'Industry'),
    integer('employees', 'Employees', { min: 0 }),
    // In the workspace's currency: an account has no currency of its own.
    money('annual_revenue', 'Annual revenue', {
      min: 0,
      currencyField: undefined,
    }),
    integer('year_established', 'Year established', {
      min: 1000,
      max: 9999,
      ungrouped: true,
    }),
    url('website', 'Website'),
    text('domain', 'Domain'),
    phone('phone', 'Phone'),
    ...address('billing', 'Billing'),
    ...address('shipping', 'Shipping'),
    longText('description', 'Description'),
    ownerField,
    ...systemFields,
  ],
}
