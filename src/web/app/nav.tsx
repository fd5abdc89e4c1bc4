import { NavLink } from 'react-router-dom'
import { useCurrentUser } from '@/shared/api/session'

const SALES = [
  { to: '/board', label: 'Pipeline', icon: '▦' },
  { to: '/opportunities', label: 'Opportunities', icon: '◆' },
  { to: '/accounts', label: 'Accounts', icon: '▣' },
  { to: '/contacts', label: 'Contacts', icon: '☺' },
  { to: '/leads', label: 'Leads', icon: '✦' },
]

const MORE = [
  { to: '/activities', label: 'Activities', icon: '✎' },
  { to: '/products', label: 'Products', icon: '▤' },
]

function NavItems({ items }: { items: typeof SALES }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} className="nav-link">
            <span className="nav-icon" aria-hidden="true">
              {item.icon}
            </span>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

export function Nav() {
  const user = useCurrentUser()

  return (
    <nav className="side-nav" aria-label="Main">
      <div className="brand">Rapport</div>
      <NavItems items={SALES} />
      <h3 className="nav-heading">Work</h3>
      <NavItems items={MORE} />
      <h3 className="nav-heading">Admin</h3>
      <NavItems
        items={[
          {
            to: '/admin/users',
            label: user?.role === 'admin' ? 'Users' : 'Team',
            icon: '⚙',
          },
        ]}
      />
    </nav>
  )
}
