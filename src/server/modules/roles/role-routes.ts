import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import {
  defineGuardRule,
  guardRuleInput,
  listGuardRules,
  retireGuardRule,
} from '../access/guard-rules.js'
import { setRoles } from './assign-roles.js'
import {
  changeRole,
  createRole,
  listRoles,
  retireRole,
} from './manage-roles.js'
import { roleChange, roleIdsInput, roleInput } from './role-input.js'

const idParams = z.object({ id: z.uuid() })

export function registerRoleRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Roles']

  api.get(
    '/api/v1/roles',
    { schema: { tags, summary: 'Roles and what each grants' } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listRoles(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/roles',
    {
      schema: { tags, summary: 'Add a role (administrators)', body: roleInput },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        createRole(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.patch(
    '/api/v1/roles/:id',
    {
      schema: {
        tags,
        summary: "Change a role; grants given replace the role's grants",
        params: idParams,
        body: roleChange,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        changeRole(tx, actor, request.params.id, request.body),
      ),
    }),
  )

  api.delete(
    '/api/v1/roles/:id',
    { schema: { tags, summary: 'Retire a role', params: idParams } },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        retireRole(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )

  for (const kind of ['user', 'team'] as const) {
    api.put(
      `/api/v1/${kind}s/:id/roles`,
      {
        schema: {
          tags,
          summary: `Give a ${kind} exactly these roles`,
          params: idParams,
          body: roleIdsInput,
        },
      },
      async (request) => ({
        data: await inTenant(request, (tx, actor) =>
          setRoles(
            tx,
            actor,
            { kind, id: request.params.id },
            request.body.roleIds,
          ),
        ),
      }),
    )
  }
}

export function registerGuardRuleRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Roles']

  api.get(
    '/api/v1/guard-rules',
    { schema: { tags, summary: 'Guard rules: conditions no role widens' } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listGuardRules(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/guard-rules',
    {
      schema: {
        tags,
        summary: 'Add a guard rule (administrators)',
        body: guardRuleInput,
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        defineGuardRule(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.delete(
    '/api/v1/guard-rules/:id',
    { schema: { tags, summary: 'Retire a guard rule', params: idParams } },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        retireGuardRule(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )
}
