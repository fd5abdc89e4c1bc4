export { ConversionPanel } from './components/conversion-panel'
