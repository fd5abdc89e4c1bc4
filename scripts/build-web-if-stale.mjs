// Builds the web app when its sources are newer than the last build, so a
// restart does not wait for a build that would change nothing.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const built = 'dist/web/index.html'
const sources = ['src/web', 'src/shared', 'vite.config.ts', 'package.json']

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(
    0,
    ...readdirSync(path).map((name) => newest(join(path, name))),
  )
}

function builtAt() {
  try {
    return statSync(built).mtimeMs
  } catch {
    return 0
  }
}

if (Math.max(...sources.map(newest)) > builtAt()) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  })
}
