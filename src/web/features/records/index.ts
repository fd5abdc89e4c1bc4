export type { ListActionsProps } from './list/record-list-page'
export { RecordListPage } from './list/record-list-page'
export type { RecordAsideProps } from './record/record-page'
export { RecordPage } from './record/record-page'
