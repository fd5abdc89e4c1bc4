// Formulas over a record's own fields: numbers, fields, + - * /, brackets
// and a few functions. Parsed here into a tree; compiled into SQL so a
// formula is filtered and sorted like any column.

export type FormulaNode =
  | { kind: 'number'; value: string }
  | { kind: 'field'; name: string }
  | { kind: 'unary'; operand: FormulaNode }
  | {
      kind: 'binary'
      op: '+' | '-' | '*' | '/'
      left: FormulaNode
      right: FormulaNode
    }
  | { kind: 'call'; fn: FormulaFunction; args: FormulaNode[] }

export const FORMULA_FUNCTIONS = {
  round: [1, 2],
  abs: [1, 1],
  coalesce: [2, 10],
  min: [2, 10],
  max: [2, 10],
  days_between: [2, 2],
} as const

export type FormulaFunction = keyof typeof FORMULA_FUNCTIONS

export class FormulaError extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9_]*)|([-+*/(),]))/y

function tokenize(text: string): string[] {
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(text)
    if (!match) {
      throw new FormulaError(
        `Unexpected "${text.slice(at).trim()[0]}" at ${at + 1}`,
      )
    }
    tokens.push(match[1] ?? match[2] ?? match[3])
  }
  return tokens
}

/** Parses a formula; throws FormulaError with what is wrong and where. */
export function parseFormula(text: string): FormulaNode {
  if (text.length > 1000)
    throw new FormulaError('Keep a formula under 1,000 characters')
  const tokens = tokenize(text)
  let i = 0
  let depth = 0
  // Deep nesting would exhaust the stack when compiled; nobody needs it.
  const nested = <T>(parse: () => T): T => {
    depth += 1
    if (depth > 32) throw new FormulaError('The formula nests too deeply')
    try {
      return parse()
    } finally {
      depth -= 1
    }
  }
  const peek = () => tokens[i]
  const take = (expected?: string) => {
    const token = tokens[i]
    if (token === undefined) throw new FormulaError('The formula ends too soon')
    if (expected && token !== expected) {
      throw new FormulaError(`Expected "${expected}" but found "${token}"`)
    }
    i += 1
    return token
  }

  function expression(): FormulaNode {
    let node = term()
    while (peek() === '+' || peek() === '-') {
      const op = take() as '+' | '-'
      node = { kind: 'binary', op, left: node, right: term() }
    }
    return node
  }
  function term(): FormulaNode {
    let node = unary()
    while (peek() === '*' || peek() === '/') {
      const op = take() as '*' | '/'
      node = { kind: 'binary', op, left: node, right: unary() }
    }
    return node
  }
  function unary(): FormulaNode {
    if (peek() === '-') {
      take()
      return { kind: 'unary', operand: nested(unary) }
    }
    return primary()
  }
  function primary(): FormulaNode {
    const token = take()
    if (token === '(') {
      const node = nested(expression)
      take(')')
      return node
    }
    if (/^\d/.test(token)) {
      if (token.length > 30)
        throw new FormulaError('Use numbers of at most 30 digits')
      return { kind: 'number', value: token }
    }
    if (!/^[a-z]/.test(token)) throw new FormulaError(`Unexpected "${token}"`)
    if (peek() !== '(') return { kind: 'field', name: token }
    if (!Object.hasOwn(FORMULA_FUNCTIONS, token)) {
      throw new FormulaError(`No function "${token}"`)
    }
    const fn = token as FormulaFunction
    take('(')
    const args = [nested(expression)]
    while (peek() === ',') {
      take()
      args.push(nested(expression))
    }
    take(')')
    const [least, most] = FORMULA_FUNCTIONS[fn]
    if (args.length < least || args.length > most) {
      throw new FormulaError(
        `${fn} takes ${least === most ? least : `${least} to ${most}`} values`,
      )
    }
    return { kind: 'call', fn, args }
  }

  const node = expression()
  if (i < tokens.length) throw new FormulaError(`Unexpected "${tokens[i]}"`)
  return node
}

/** The field names a formula reads. */
export function formulaFields(node: FormulaNode): string[] {
  switch (node.kind) {
    case 'field':
      return [node.name]
    case 'unary':
      return formulaFields(node.operand)
    case 'binary':
      return [...formulaFields(node.left), ...formulaFields(node.right)]
    case 'call':
      return node.args.flatMap(formulaFields)
    default:
      return []
  }
}
