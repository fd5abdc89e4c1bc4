export { SignInPage } from './components/sign-in-page'
export { UserMenu } from './components/user-menu'
