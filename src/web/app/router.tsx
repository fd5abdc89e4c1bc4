import { createBrowserRouter, Navigate } from 'react-router-dom'
import { SignInPage } from '@/features/auth'
import { CustomFieldsPage } from '@/features/custom-fields'
import { CustomObjectsPage } from '@/features/custom-objects'
import { DuplicatesPage } from '@/features/duplicates'
import { GuardRulesPage } from '@/features/guard-rules'
import { ImportPage } from '@/features/imports'
import { MergePage } from '@/features/merge'
import { OrganisationPage } from '@/features/organisation'
import { BoardPage } from '@/features/pipeline'
import { RolesPage } from '@/features/roles'
import { UsersPage } from '@/features/users'
import { EmptyState } from '@/shared/ui/states'
import { Layout } from './layout'
import { ListRoute } from './list-route'
import { RecordRoute } from './record-route'
import { RequireSession } from './require-session'

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, element: <Navigate to="/board" replace /> },
          { path: 'board', element: <BoardPage /> },
          { path: 'duplicates', element: <DuplicatesPage /> },
          { path: 'imports', element: <ImportPage /> },
          { path: 'merge', element: <MergePage /> },
          { path: 'admin/users', element: <UsersPage /> },
          { path: 'admin/teams', element: <OrganisationPage /> },
          { path: 'admin/roles', element: <RolesPage /> },
          { path: 'admin/guard-rules', element: <GuardRulesPage /> },
          { path: 'admin/fields', element: <CustomFieldsPage /> },
          { path: 'admin/objects', element: <CustomObjectsPage /> },
          { path: ':plural', element: <ListRoute /> },
          { path: ':plural/:id', element: <RecordRoute /> },
          { path: '*', element: <EmptyState>Page not found.</EmptyState> },
        ],
      },
    ],
  },
])
