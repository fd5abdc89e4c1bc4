#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, as `npm run rapport` does.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
