import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  isDataDirLocked,
  lockDataDir,
} from '../../src/server/platform/db/data-dir.js'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true }))))

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-lock-'))
  dirs.push(dir)
  return dir
}

describe('the data directory', () => {
  it('refuses a second holder while the first holds it', async () => {
    const dir = await tempDir()
    const release = await lockDataDir(dir)
    expect(await isDataDirLocked(dir)).toBe(true)
    await expect(lockDataDir(dir)).rejects.toThrow(/in use by another/)
    await release()
    expect(await isDataDirLocked(dir)).toBe(false)
    const again = await lockDataDir(dir)
    await again()
  })
})
