import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { dataDirSecret } from '../../platform/db/data-dir.js'
import { AppError } from '../../platform/http/errors.js'
import { hashSecret } from '../auth/secrets.js'

export const CLI_SECRET_FILE = 'cli-secret'
export const CLI_SECRET_HEADER = 'x-rapport-cli-secret'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

// Read from the data directory the server locked at start; the CLI finds
// it there, which proves it runs on this machine as this user.
const secrets = new Map<string, Promise<string>>()

function cliSecret(dataDir: string): Promise<string> {
  const secret = secrets.get(dataDir) ?? dataDirSecret(dataDir, CLI_SECRET_FILE)
  secrets.set(dataDir, secret)
  return secret
}

/**
 * Admits the local command-line tool: a loopback connection that did not
 * pass through a proxy (which would make any client look local), bearing
 * the data directory's CLI secret.
 */
export async function requireLocalCli(request: FastifyRequest): Promise<void> {
  const proxied =
    request.headers['x-forwarded-for'] ?? request.headers.forwarded
  const local = LOOPBACK.has(request.socket.remoteAddress ?? '')
  const { dataDir } = request.server
  if (!local || proxied || !dataDir) throw new AppError('forbidden')

  const given = request.headers[CLI_SECRET_HEADER]
  if (
    typeof given !== 'string' ||
    !sameSecret(given, await cliSecret(dataDir))
  ) {
    throw new AppError('unauthenticated')
  }
}

function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecret(a)), Buffer.from(hashSecret(b)))
}
