import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router-dom'
import { sessionKey } from '@/shared/api/session'
import { setUnauthorizedHandler } from './api-client'
import { queryClient } from './query-client'
import { router } from './router'
import { ToastProvider } from './toast'

setUnauthorizedHandler(() => {
  queryClient.setQueryData(sessionKey, null)
})

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  )
}
