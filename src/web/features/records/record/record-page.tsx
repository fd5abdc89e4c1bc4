import { Link, useParams } from 'react-router-dom'
import { ApiError } from '@/app/api-error'
import { useRecord } from '@/shared/api/get-record'
import type { RecordType } from '@/shared/api/record-types'
import { useRecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { FieldGrid } from './field-grid'
import { RecordActions } from './record-actions'
import { RecordHeader } from './record-header'
import { recordIncludes } from './record-includes'
import { RecordNotFound } from './record-not-found'
import { RelatedLists } from './related-lists'

export interface RecordAsideProps {
  recordType: RecordType
  record: CrmRecord
  types: RecordType[]
}

interface RecordPageProps {
  aside?: (props: RecordAsideProps) => React.ReactNode
}

export function RecordPage({ aside }: RecordPageProps) {
  const { plural, id } = useParams()
  const { recordType, data: types = [], isPending } = useRecordType(plural)
  const include = recordType ? recordIncludes(recordType, types) : undefined
  const query = useRecord(recordType?.plural, id, include)

  if (isPending) return <Loading />
  if (!recordType) {
    return <EmptyState>There is no record type called “{plural}”.</EmptyState>
  }
  if (query.isPending) return <Loading />
  if (isNotFound(query.error)) return <RecordNotFound recordType={recordType} />
  if (query.error) return <ErrorState error={query.error} />

  const record = query.data
  return (
    <section className="page page-record">
      <nav className="breadcrumbs">
        <Link to={`/${recordType.plural}`}>{recordType.pluralLabel}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page" className="breadcrumb-current">
          {recordTitle(record, recordType.titleField)}
        </span>
      </nav>
      <RecordHeader
        recordType={recordType}
        record={record}
        types={types}
        actions={<RecordActions recordType={recordType} record={record} />}
      />
      <div className="record-columns">
        <div className="record-main">
          <FieldGrid recordType={recordType} record={record} types={types} />
          <RelatedLists recordType={recordType} recordId={record.id} />
        </div>
        <aside className="record-aside">
          {aside?.({ recordType, record, types })}
        </aside>
      </div>
    </section>
  )
}

/** A missing record, or an id that could never name one. */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  return error.status === 404 || Boolean(error.fieldMessage('id'))
}
