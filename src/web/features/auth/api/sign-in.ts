import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, setCsrfToken } from '@/app/api-client'
import { type Session, sessionKey } from '@/shared/api/session'

export interface SignInInput {
  workspace: string
  email: string
  password: string
}

async function signIn(input: SignInInput): Promise<Session> {
  const session = await api<Session>('/auth/sign-in', {
    method: 'POST',
    body: input,
  })
  setCsrfToken(session.csrfToken)
  return session
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.clear()
      queryClient.setQueryData(sessionKey, session)
    },
  })
}
