import { loadConfig } from './config.js'
import { startServer } from './start-server.js'

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`rapport: ${message}\n`)
  if (process.env.LOG_LEVEL === 'debug') console.error(error)
  process.exit(1)
}

const server = await startServer(loadConfig()).catch(fail)

const banner = [
  '',
  `  Rapport is running at ${server.url}`,
  server.demo &&
    `  Demo workspace "${server.demo.workspace}": sign in as ` +
      `${server.demo.email} / ${server.demo.password}`,
  `  API reference: ${server.url}/api/docs`,
]
process.stdout.write(`${banner.filter(Boolean).join('\n')}\n\n`)

// A terminal's Ctrl-C may arrive twice (from npm and from the shell); the
// second must not cut short the first, which releases the data directory.
let stopping = false
function stop() {
  if (stopping) return
  stopping = true
  server.stop().then(
    () => process.exit(0),
    (error) => fail(error),
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
