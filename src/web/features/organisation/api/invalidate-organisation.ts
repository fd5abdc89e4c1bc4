import type { QueryClient } from '@tanstack/react-query'
import { regionsKey, teamsKey } from '@/shared/api/organisation'
import { usersKey } from '@/shared/api/users'

/**
 * A change to one part of the organisation moves counts in another (a
 * region's teams, a team's members) and what each user reaches.
 */
export function invalidateOrganisation(queryClient: QueryClient) {
  return Promise.all(
    [regionsKey, teamsKey, usersKey, ['access']].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  )
}
