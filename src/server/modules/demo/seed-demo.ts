import type { Db } from '../../platform/db/database.js'

export interface DemoSignIn {
  workspace: string
  email: string
  password: string
}

export async function seedDemoWorkspace(_db: Db): Promise<DemoSignIn | undefined> {
  return undefined
}
