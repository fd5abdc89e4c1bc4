export { ContactVcard } from './components/contact-vcard'
export { VcardListActions } from './components/vcard-list-actions'
