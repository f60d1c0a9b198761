// Formulas of derived metrics: metric ids, numbers, + - * / and parentheses, e.g. `kcn_area_ha / (area_km2 * 100)`.

export type FormulaNode =
  | { type: 'num'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'op'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

const TOKEN = /\s*(?:([a-z][a-z0-9_]*)|(\d+(?:\.\d+)?)|([-+*/()]))/gy;

export function parseFormula(text: string): FormulaNode {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`unexpected character at ${pos + 1} in "${text}"`);
    tokens.push(m[1] ?? m[2] ?? m[3]);
    pos = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): FormulaNode => {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[i++] as '+' | '-';
      left = { type: 'op', op, left, right: term() };
    }
    return left;
  };
  const term = (): FormulaNode => {
    let left = factor();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[i++] as '*' | '/';
      left = { type: 'op', op, left, right: factor() };
    }
    return left;
  };
  const factor = (): FormulaNode => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`unexpected end of "${text}"`);
    if (t === '(') {
      const inner = expr();
      if (tokens[i++] !== ')') throw new Error(`missing ")" in "${text}"`);
      return inner;
    }
    if (/^\d/.test(t)) return { type: 'num', value: Number(t) };
    if (/^[a-z]/.test(t)) return { type: 'ref', id: t };
    throw new Error(`unexpected "${t}" in "${text}"`);
  };
  const node = expr();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in "${text}"`);
  return node;
}

export function formulaRefs(node: FormulaNode, into = new Set<string>()): Set<string> {
  if (node.type === 'ref') into.add(node.id);
  if (node.type === 'op') {
    formulaRefs(node.left, into);
    formulaRefs(node.right, into);
  }
  return into;
}

/** Evaluate with the given inputs; null when an input is missing or a division by zero occurs. */
export function evaluateFormula(node: FormulaNode, values: Record<string, number | null | undefined>): number | null {
  if (node.type === 'num') return node.value;
  if (node.type === 'ref') return values[node.id] ?? null;
  const a = evaluateFormula(node.left, values);
  const b = evaluateFormula(node.right, values);
  if (a === null || b === null) return null;
  switch (node.op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? null : a / b;
  }
}
