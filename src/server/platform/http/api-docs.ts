import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
} from 'fastify-type-provider-zod'

/** OpenAPI 3.1 from the route schemas, with an interactive reference. */
export async function registerApiDocs(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version: '1',
        description:
          'Accounts, contacts, leads, opportunities and activities. ' +
          'Conventions for lists, errors and authentication: docs/api.md.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // Collects the schemas registered with an id into components.schemas.
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Signed in, the reference can also show the workspace's own document,
    // with its custom fields and objects.
    uiConfig: {
      urls: [
        { url: '/api/docs/json', name: 'Every workspace' },
        { url: '/api/v1/openapi.json', name: 'Your workspace (signed in)' },
      ],
    },
  })
}
