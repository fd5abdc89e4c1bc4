import { ExportMenu } from '@/features/exports'
import { type ListActionsProps, RecordListPage } from '@/features/records'
import { VcardListActions } from '@/features/vcard'

function ListActions(props: ListActionsProps) {
  const { actions, name } = props.recordType
  return (
    <>
      <ExportMenu {...props} />
      {name === 'contact' && (
        <VcardListActions
          query={props.query}
          canExport={actions.includes('export')}
          canCreate={actions.includes('create')}
        />
      )}
    </>
  )
}

export function ListRoute() {
  return <RecordListPage actions={(props) => <ListActions {...props} />} />
}
