// The tiny formula language of derived metrics in the metric dictionary: metric ids, numbers,
// + - * / and parentheses (e.g. `fdi_capital_registered_musd / kcn_operating_area_ha`).

export type Formula =
  | { type: 'metric'; id: string }
  | { type: 'number'; value: number }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

export function parseFormula(text: string): Formula {
  const tokens = text.match(/[a-z_][a-z0-9_]*|\d+(?:\.\d+)?|[-+*/()]/gi) ?? [];
  if (tokens.join('') !== text.replace(/\s+/g, '')) throw new Error(`formula "${text}": unexpected character`);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];

  function primary(): Formula {
    const token = next();
    if (token === undefined) throw new Error(`formula "${text}": ends too early`);
    if (token === '(') {
      const inner = sum();
      if (next() !== ')') throw new Error(`formula "${text}": missing ")"`);
      return inner;
    }
    if (/^\d/.test(token)) return { type: 'number', value: Number(token) };
    if (/^[a-z_]/i.test(token)) return { type: 'metric', id: token };
    throw new Error(`formula "${text}": unexpected "${token}"`);
  }
  function product(): Formula {
    let left = primary();
    while (peek() === '*' || peek() === '/') left = { type: 'binary', op: next() as '*' | '/', left, right: primary() };
    return left;
  }
  function sum(): Formula {
    let left = product();
    while (peek() === '+' || peek() === '-') left = { type: 'binary', op: next() as '+' | '-', left, right: product() };
    return left;
  }
  const formula = sum();
  if (position !== tokens.length) throw new Error(`formula "${text}": unexpected "${peek()}"`);
  return formula;
}

export function formulaInputs(formula: Formula): string[] {
  if (formula.type === 'metric') return [formula.id];
  if (formula.type === 'number') return [];
  return [...new Set([...formulaInputs(formula.left), ...formulaInputs(formula.right)])];
}

/** Evaluates with the given input values; null when an input is missing or a divisor is zero. */
export function evaluateFormula(formula: Formula, values: Map<string, number | null>): number | null {
  switch (formula.type) {
    case 'number':
      return formula.value;
    case 'metric':
      return values.get(formula.id) ?? null;
    case 'binary': {
      const left = evaluateFormula(formula.left, values);
      const right = evaluateFormula(formula.right, values);
      if (left === null || right === null) return null;
      if (formula.op === '/') return right === 0 ? null : left / right;
      if (formula.op === '*') return left * right;
      return formula.op === '+' ? left + right : left - right;
    }
  }
}
