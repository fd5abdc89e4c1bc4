import { AuditHistory } from '@/features/audit'
import { type RecordAsideProps, RecordPage } from '@/features/records'
import { Timeline } from '@/features/timeline'

function RecordAside({ recordType, record }: RecordAsideProps) {
  return (
    <>
      <Timeline
        plural={recordType.plural}
        recordId={record.id}
        recordType={recordType.name}
      />
      <AuditHistory
        plural={recordType.plural}
        recordId={record.id}
        fields={recordType.fields}
      />
    </>
  )
}

export function RecordRoute() {
  return <RecordPage aside={(props) => <RecordAside {...props} />} />
}
