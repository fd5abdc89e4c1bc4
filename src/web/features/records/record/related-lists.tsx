import type { RecordType } from '@/shared/api/record-types'
import { useRecordTypes } from '@/shared/api/record-types'
import { RelatedList } from './related-list'
import { relatedTypes } from './related-types'

interface RelatedListsProps {
  recordType: RecordType
  recordId: string
}

export function RelatedLists({ recordType, recordId }: RelatedListsProps) {
  const types = useRecordTypes().data ?? []

  return (
    <>
      {relatedTypes(recordType, types).map((related) => (
        <RelatedList
          key={`${related.plural}:${related.field}`}
          related={related}
          recordId={recordId}
        />
      ))}
    </>
  )
}
