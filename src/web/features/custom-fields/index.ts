export { CustomFieldsPage } from './components/custom-fields-page'
