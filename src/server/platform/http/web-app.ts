import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { AppError } from './errors.js'

const defaultRoot = fileURLToPath(
  new URL('../../../../dist/web', import.meta.url),
)

/**
 * Serves the built web app; paths outside the API fall back to its
 * index.html so client-side routes survive a reload.
 */
export async function registerWebApp(app: FastifyInstance, root = defaultRoot) {
  const built = existsSync(`${root}/index.html`)
  if (built) await app.register(fastifyStatic, { root })

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    // A missing file (a stale asset name) is a 404, not the app's page.
    const isFile = /\.[a-z0-9]+$/i.test(path)
    if (path.startsWith('/api/') || isFile || request.method !== 'GET') {
      throw new AppError('not_found', { detail: `No route ${path}` })
    }
    if (!built) {
      return reply
        .type('text/plain')
        .send('The web app is not built: run `npm run build:web`.')
    }
    return reply.sendFile('index.html')
  })
}
