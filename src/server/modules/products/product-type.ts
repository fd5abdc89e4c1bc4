import {
  boolean,
  currency,
  longText,
  money,
  systemFields,
  text,
} from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

export const productType: RecordType = {
  name: 'product',
  plural: 'products',
  label: 'Product',
  labelPlural: 'Products',
  table: 'product',
  customizable: true,
  titleField: 'name',
  defaultSort: 'name',
  searchColumns: ['name', 'code'],
  fields: [
    text('name', 'Name', { required: true }),
    text('code', 'Product code'),
    text('family', 'Family'),
    money('list_price', 'List price', { min: 0 }),
    currency({ notNull: true }),
    boolean('is_active', 'Active', { notNull: true }),
    longText('description', 'Description'),
    ...systemFields,
  ],
}
