import { NavLink } from 'react-router-dom'

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

const ADMIN = [
  { to: '/admin/users', label: 'Users', icon: '⚙' },
  { to: '/admin/fields', label: 'Fields', icon: '☰' },
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
  return (
    <nav className="side-nav" aria-label="Main">
      <div className="brand">Rapport</div>
      <NavItems items={SALES} />
      <h3 className="nav-heading">Work</h3>
      <NavItems items={MORE} />
      <h3 className="nav-heading">Admin</h3>
      <NavItems items={ADMIN} />
    </nav>
  )
}
