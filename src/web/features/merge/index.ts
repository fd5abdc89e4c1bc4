export { MergePage } from './components/merge-page'
export { MergePanel } from './components/merge-panel'
export { mergeLink } from './model/choices'
