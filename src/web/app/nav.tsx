import { NavLink } from 'react-router-dom'
import { useRecordTypes } from '@/shared/api/record-types'
import { useAbility } from '@/shared/api/session'

interface NavItem {
  to: string
  label: string
  icon: string
  /** The record type the page lists: shown only to those who may view it. */
  type?: string
}

const SALES: NavItem[] = [
  { to: '/board', label: 'Pipeline', icon: '▦', type: 'opportunity' },
  {
    to: '/opportunities',
    label: 'Opportunities',
    icon: '◆',
    type: 'opportunity',
  },
  { to: '/accounts', label: 'Accounts', icon: '▣', type: 'account' },
  { to: '/contacts', label: 'Contacts', icon: '☺', type: 'contact' },
  { to: '/leads', label: 'Leads', icon: '✦', type: 'lead' },
]

const MORE: NavItem[] = [
  { to: '/activities', label: 'Activities', icon: '✎', type: 'activity' },
  { to: '/products', label: 'Products', icon: '▤', type: 'product' },
  { to: '/duplicates', label: 'Duplicates', icon: '◪' },
  { to: '/imports', label: 'Import', icon: '⇪' },
]

const ADMIN: NavItem[] = [
  { to: '/admin/users', label: 'Users', icon: '⚙' },
  { to: '/admin/teams', label: 'Teams', icon: '◎' },
  { to: '/admin/roles', label: 'Roles', icon: '◈' },
  { to: '/admin/guard-rules', label: 'Guard rules', icon: '⊘' },
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
      type: type.name,
    }))
}

/** Leaves out lists of record types the user's roles do not let them view. */
function useViewable(items: NavItem[]): NavItem[] {
  const types = useRecordTypes().data
  if (!types) return items
  const viewable = new Set(
    types.filter((t) => t.actions.includes('view')).map((t) => t.name),
  )
  return items.filter((item) => !item.type || viewable.has(item.type))
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
  const sales = useViewable(SALES)
  const more = useViewable([...MORE, ...objects])
  const managesUsers = useAbility('manage_users')
  const managesSettings = useAbility('manage_settings')
  const administers = managesUsers || managesSettings

  return (
    <nav className="side-nav" aria-label="Main">
      <div className="brand">Rapport</div>
      <NavItems items={sales} />
      <h3 className="nav-heading">Work</h3>
      <NavItems items={more} />
      {administers && (
        <>
          <h3 className="nav-heading">Admin</h3>
          <NavItems items={ADMIN} />
        </>
      )}
    </nav>
  )
}
