export { RecordListPage } from './list/record-list-page'
export { RecordPage } from './record/record-page'
export type { RecordAsideProps } from './record/record-page'
