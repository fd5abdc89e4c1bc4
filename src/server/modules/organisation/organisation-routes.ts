import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { addRegion } from './add-region.js'
import { addTeam } from './add-team.js'
import { changeRegion } from './change-region.js'
import { changeTeam } from './change-team.js'
import { changeUser } from './change-user.js'
import {
  regionChange,
  regionInput,
  teamChange,
  teamInput,
  userChange,
} from './organisation-input.js'
import { listRegions, listTeams } from './organisation-queries.js'
import { retireRegion } from './retire-region.js'
import { retireTeam } from './retire-team.js'

const idParams = z.object({ id: z.uuid() })

// Everyone signed in reads the organisation; only those who manage users
// change it (each use case checks).
export function registerOrganisationRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Organisation']

  api.get(
    '/api/v1/regions',
    { schema: { tags, summary: 'Regions, with how many teams each has' } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listRegions(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/regions',
    { schema: { tags, summary: 'Add a region', body: regionInput } },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        addRegion(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.patch(
    '/api/v1/regions/:id',
    {
      schema: {
        tags,
        summary: 'Rename a region or change its manager',
        params: idParams,
        body: regionChange,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        changeRegion(tx, actor, request.params.id, request.body),
      ),
    }),
  )

  api.delete(
    '/api/v1/regions/:id',
    {
      schema: {
        tags,
        summary: 'Retire a region with no teams',
        params: idParams,
      },
    },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        retireRegion(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )

  api.get(
    '/api/v1/teams',
    { schema: { tags, summary: 'Teams, with how many members each has' } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listTeams(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/teams',
    { schema: { tags, summary: 'Add a team', body: teamInput } },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        addTeam(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.patch(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'Rename a team, move it to a region or change its manager',
        params: idParams,
        body: teamChange,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        changeTeam(tx, actor, request.params.id, request.body),
      ),
    }),
  )

  api.delete(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'Retire a team with no members',
        params: idParams,
      },
    },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        retireTeam(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )

  api.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['Users'],
        summary: "Change a user's name, title, role, status, team or manager",
        params: idParams,
        body: userChange,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        changeUser(tx, actor, request.params.id, request.body),
      ),
    }),
  )
}
