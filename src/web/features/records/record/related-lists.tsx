import type { RecordType } from '@/shared/api/record-types'
import { RelatedList } from './related-list'

interface Related {
  plural: string
  title: string
  field: string
}

const RELATED: Record<string, Related[]> = {
  accounts: [
    { plural: 'contacts', title: 'Contacts', field: 'account_id' },
    { plural: 'opportunities', title: 'Opportunities', field: 'account_id' },
    {
      plural: 'accounts',
      title: 'Child accounts',
      field: 'parent_account_id',
    },
  ],
  contacts: [
    { plural: 'account-contacts', title: 'Accounts', field: 'contact_id' },
  ],
  opportunities: [
    {
      plural: 'opportunity-products',
      title: 'Products',
      field: 'opportunity_id',
    },
  ],
}

interface RelatedListsProps {
  recordType: RecordType
  recordId: string
}

export function RelatedLists({ recordType, recordId }: RelatedListsProps) {
  const related = RELATED[recordType.plural] ?? []

  return (
    <>
      {related.map((item) => (
        <RelatedList
          key={`${item.plural}:${item.field}`}
          plural={item.plural}
          title={item.title}
          filter={{ [item.field]: recordId }}
        />
      ))}
    </>
  )
}
