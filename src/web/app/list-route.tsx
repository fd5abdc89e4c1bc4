import { ExportMenu } from '@/features/exports'
import { RecordListPage } from '@/features/records'

export function ListRoute() {
  return <RecordListPage actions={(props) => <ExportMenu {...props} />} />
}
