import { RE2JS } from 're2js'

// Patterns come from administrators, so they run on RE2, whose matching
// time grows with the text, never exponentially: a pattern cannot stall
// the server. RE2 has no look-around or back-references.
const compiled = new Map<string, RE2JS>()

function compile(pattern: string): RE2JS {
  let re = compiled.get(pattern)
  if (!re) {
    re = RE2JS.compile(pattern)
    if (compiled.size > 1000) compiled.clear()
    compiled.set(pattern, re)
  }
  return re
}

/** Why a pattern cannot be used, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  try {
    compile(pattern)
    return undefined
  } catch (error) {
    return `Not a pattern Rapport can use: ${(error as Error).message}`
  }
}

/** Whether the whole text matches the pattern. */
export function matchesPattern(pattern: string, text: string): boolean {
  return compile(pattern).matches(text)
}
