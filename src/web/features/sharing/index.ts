export { SharingPanel } from './components/sharing-panel'
