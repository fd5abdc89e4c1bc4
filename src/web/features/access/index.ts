export { AccessPanel } from './components/access-panel'
