export { CustomObjectsPage } from './components/custom-objects-page'
