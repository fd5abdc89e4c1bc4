import { Outlet } from 'react-router-dom'
import { UserMenu } from '@/features/auth'
import { GlobalSearch } from '@/features/search'
import { useSession } from '@/shared/api/session'
import { Nav } from './nav'

export function Layout() {
  const tenant = useSession().data?.tenant

  return (
    <div className="shell">
      <Nav />
      <div className="shell-main">
        <header className="top-bar">
          <GlobalSearch />
          <div className="top-bar-right">
            {tenant && <span className="workspace">{tenant.name}</span>}
            <UserMenu />
          </div>
        </header>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  )
}
