import { decimal, money, ref, systemFields } from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

/** A product on a deal: how many, at what unit price. */
export const opportunityProductType: RecordType = {
  name: 'opportunity_product',
  plural: 'opportunity-products',
  label: 'Opportunity product',
  labelPlural: 'Opportunity products',
  table: 'opportunity_product',
  titleField: 'quantity',
  defaultSort: 'created_at',
  searchColumns: [],
  fields: [
    ref('opportunity_id', 'Opportunity', 'opportunity', { required: true }),
    ref('product_id', 'Product', 'product', { required: true }),
    decimal('quantity', 'Quantity', { min: 0, scale: 4, notNull: true }),
    money('unit_price', 'Unit price', { min: 0, currencyField: undefined }),
    ...systemFields.filter((f) => f.name !== 'created_by_id'),
  ],
}
