import { AccessPanel } from '@/features/access'
import { AuditHistory } from '@/features/audit'
import { PossibleDuplicates } from '@/features/duplicates'
import { ConversionPanel } from '@/features/lead-conversion'
import { MergePanel } from '@/features/merge'
import { type RecordAsideProps, RecordPage } from '@/features/records'
import { SharingPanel } from '@/features/sharing'
import { Timeline } from '@/features/timeline'
import { ContactVcard } from '@/features/vcard'
import { useWorkspaceCurrency } from '@/shared/api/session'

function RecordAside({ recordType, record, types }: RecordAsideProps) {
  const workspaceCurrency = useWorkspaceCurrency()
  const currency =
    typeof record.currency === 'string' ? record.currency : workspaceCurrency

  return (
    <>
      <PossibleDuplicates
        recordType={recordType.name}
        plural={recordType.plural}
        recordId={record.id}
      />
      {recordType.name === 'lead' && (
        <ConversionPanel
          recordType={recordType}
          record={record}
          types={types}
        />
      )}
      {recordType.name === 'contact' && <ContactVcard recordId={record.id} />}
      <MergePanel recordType={recordType} record={record} />
      <AccessPanel
        plural={recordType.plural}
        recordId={record.id}
        typeLabel={recordType.pluralLabel}
      />
      <SharingPanel
        plural={recordType.plural}
        recordId={record.id}
        typeLabel={recordType.label}
      />
      <Timeline
        plural={recordType.plural}
        recordId={record.id}
        recordType={recordType.name}
      />
      <AuditHistory
        plural={recordType.plural}
        recordId={record.id}
        fields={recordType.fields}
        currency={currency}
      />
    </>
  )
}

export function RecordRoute() {
  return <RecordPage aside={(props) => <RecordAside {...props} />} />
}
