import { CLI_SECRET_HEADER } from '../server/modules/imports/cli-secret.js'
import type { ServerInfo } from '../server/platform/db/data-dir.js'
import type { Problem } from '../shared/problem.js'

export type CallServer = <T>(path: string, body: unknown) => Promise<T>

/** Calls the running server's system API with the data directory secret. */
export function serverClient(info: ServerInfo, secret: string): CallServer {
  const base = serverUrl(info)
  return async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(new URL(path, base), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CLI_SECRET_HEADER]: secret,
      },
      body: JSON.stringify(body),
    }).catch((error: Error) => {
      throw noAnswer(base, error)
    })
    const answer = (await response.json()) as Problem & T
    if (!response.ok) {
      const message = answer.detail ?? answer.title ?? `HTTP ${response.status}`
      throw Object.assign(new Error(message), {
        details: { errors: answer.errors },
      })
    }
    return answer as T
  }
}

// A server listening on every interface is reached on loopback, the only
// address its system API accepts.
export function serverUrl(info: ServerInfo): URL {
  const parsed = new URL(info.url)
  if (['0.0.0.0', '[::]'].includes(parsed.hostname)) {
    parsed.hostname = '127.0.0.1'
  }
  return parsed
}

// The lock outlives a server that crashed by up to its stale time (see
// lockDataDir), during which the CLI still takes the server as running.
function noAnswer(base: URL, error: Error): Error {
  const cause = (error.cause as Error | undefined)?.message ?? error.message
  return new Error(
    `The Rapport server at ${base.origin} holds the data directory but ` +
      `does not answer (${cause}). If it has just stopped or crashed, its ` +
      'lock is released within about 15 s: try again then.',
  )
}
