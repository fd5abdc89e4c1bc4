import type {
  FieldDescriptor,
  FieldOption,
  FieldType,
} from '../../../shared/record-type.js'

type Extra = Omit<FieldDescriptor, 'name' | 'label' | 'type'>

function field(type: FieldType) {
  return (name: string, label: string, extra: Extra = {}): FieldDescriptor => ({
    name,
    label,
    type,
    filterable: true,
    sortable: true,
    ...extra,
  })
}

export const text = field('text')
export const longText = (name: string, label: string): FieldDescriptor => ({
  name,
  label,
  type: 'longtext',
})
export const email = field('email')
export const url = field('url')
export const phone = field('phone')
export const integer = field('integer')
export const decimal = field('decimal')
export const percent = field('percent')
export const date = field('date')
export const datetime = field('datetime')
export const boolean = field('boolean')

export function money(name: string, label: string, extra: Extra = {}) {
  return field('money')(name, label, { currencyField: 'currency', ...extra })
}

export function choice(
  name: string,
  label: string,
  options: FieldOption[],
  extra: Extra = {},
) {
  return field('enum')(name, label, { options, ...extra })
}

export function ref(name: string, label: string, target: string, extra = {}) {
  return field('ref')(name, label, { ref: target, sortable: false, ...extra })
}

/** Fields every record has, written by Rapport itself. */
export const systemFields: FieldDescriptor[] = [
  datetime('created_at', 'Created', { readOnly: true, notNull: true }),
  datetime('updated_at', 'Updated', { readOnly: true, notNull: true }),
  ref('created_by_id', 'Created by', 'user', { readOnly: true }),
]

export const ownerField = ref('owner_id', 'Owner', 'user')

export function currency(extra: Extra = {}) {
  return text('currency', 'Currency', {
    pattern: '^[A-Z]{3}$',
    max: 3,
    ...extra,
  })
}
