import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { isRelation } from '@/shared/api/ref-target'

/** A list of the records of one type that point at a record. */
export interface Related {
  plural: string
  title: string
  /** The filter that picks them: their field that holds the record's id. */
  field: string
  /** Whether a new one can be made from here, pointing at the record. */
  creatable: boolean
  /** The field is a relation to many: it holds a list of ids. */
  many: boolean
}

// Built-in relations under a title of their own; null hides one: an
// account lists its contacts directly rather than their links, and a
// product lists no deal lines.
const BUILT_IN_TITLES: Record<string, string | null> = {
  'account.parent_account_id': 'Child accounts',
  'account_contact.account_id': null,
  'account_contact.contact_id': 'Accounts',
  'opportunity_product.product_id': null,
  'opportunity_product.opportunity_id': 'Products',
  'lead.converted_contact_id': 'Leads converted here',
  'lead.converted_account_id': 'Leads converted here',
  'lead.converted_opportunity_id': 'Leads converted here',
}

// Contacts reach an account through their links; the server filters them
// by a virtual account_id that the metadata does not list as a field.
const VIRTUAL: Record<string, Related[]> = {
  account: [
    {
      plural: 'contacts',
      title: 'Contacts',
      field: 'account_id',
      creatable: false,
      many: false,
    },
  ],
}

function titleOf(child: RecordType, field: FieldMeta): string | null {
  const title = BUILT_IN_TITLES[`${child.name}.${field.name}`]
  return title === undefined ? child.pluralLabel : title
}

function relationsTo(parent: RecordType, types: RecordType[]): Related[] {
  return types.flatMap((child) =>
    child.fields
      .filter((field) => isRelation(field) && field.ref === parent.name)
      .flatMap((field) => {
        const title = titleOf(child, field)
        if (title === null) return []
        return [
          {
            plural: child.plural,
            title,
            field: field.name,
            creatable: field.custom,
            many: field.type === 'refs',
          },
        ]
      }),
  )
}

/**
 * The related lists of a record page, from the metadata: every relation,
 * to one or to many, of any type that points at this one, built-in relations first and a
 * type's relation to itself after the others.
 */
export function relatedTypes(parent: RecordType, types: RecordType[]) {
  const found = relationsTo(parent, types)
  const own = (r: Related) => r.plural === parent.plural
  const lists = [
    ...(VIRTUAL[parent.name] ?? []),
    ...found.filter((r) => !own(r)),
    ...found.filter(own),
  ]
  return withDistinctTitles(lists, types)
}

/** Two relations from one type get the field's label beside the title. */
function withDistinctTitles(lists: Related[], types: RecordType[]) {
  return lists.map((related) => {
    const twins = lists.filter((other) => other.title === related.title)
    if (twins.length < 2) return related
    const child = types.find((type) => type.plural === related.plural)
    const label = child?.fields.find((f) => f.name === related.field)?.label
    return { ...related, title: `${related.title} (${label ?? related.field})` }
  })
}
