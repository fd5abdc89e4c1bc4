export { GuardRulesPage } from './components/guard-rules-page'
