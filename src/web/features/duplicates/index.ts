export { DuplicatesPage } from './components/duplicates-page'
export { PossibleDuplicates } from './components/possible-duplicates'
