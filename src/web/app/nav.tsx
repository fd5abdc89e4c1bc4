import { NavLink } from 'react-router-dom'
import { useRecordTypes } from '@/shared/api/record-types'

interface NavItem {
  to: string
  label: string
  icon: string
}

const SALES: NavItem[] = [
  { to: '/board', label: 'Pipeline', icon: '▦' },
  { to: '/opportunities', label: 'Opportunities', icon: '◆' },
  { to: '/accounts', label: 'Accounts', icon: '▣' },
  { to: '/contacts', label: 'Contacts', icon: '☺' },
  { to: '/leads', label: 'Leads', icon: '✦' },
]

const MORE: NavItem[] = [
  { to: '/activities', label: 'Activities', icon: '✎' },
  { to: '/products', label: 'Products', icon: '▤' },
]

const ADMIN: NavItem[] = [
  { to: '/admin/users', label: 'Users', icon: '⚙' },
  { to: '/admin/teams', label: 'Teams', icon: '◎' },
  { to: '/admin/roles', label: 'Roles', icon: '◈' },
  { to: '/admin/guard-rules', label: 'Guard rules', icon: '⛨' },
  { to: '/admin/fields', label: 'Fields', icon: '☰' },
  { to: '/admin/objects', label: 'Objects', icon: '◫' },
]

/** The workspace's own record types, after the built-in ones. */
function useCustomObjectItems(): NavItem[] {
  const types = useRecordTypes().data ?? []
  return types
    .filter((type) => type.customObject)
    .map((type) => ({
      to: `/${type.plural}`,
      label: type.pluralLabel,
      icon: '◇',
    }))
}

function NavItems({ items }: { items: NavItem[] }) {
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
  const objects = useCustomObjectItems()

  return (
    <nav className="side-nav" aria-label="Main">
      <div className="brand">Rapport</div>
      <NavItems items={SALES} />
      <h3 className="nav-heading">Work</h3>
      <NavItems items={[...MORE, ...objects]} />
      <h3 className="nav-heading">Admin</h3>
      <NavItems items={ADMIN} />
    </nav>
  )
}
