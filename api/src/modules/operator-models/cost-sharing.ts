type Rule = 'per_capita' | 'per_user' | 'fixed_plus_variable' | 'equal_share';

export interface Sharer {
  code: string;
  name: string;
  population: number | null;
  users: number | null;
}

export interface Share {
  municipality: { code: string; name: string };
  population: number | null;
  users: number | null;
  shareSek: number | null;
  sharePercent: number | null;
  note: string | null;
}

/**
 * Splits `amount` kronor by weight into whole kronor that add up exactly: each gets the floor of its
 * exact part, and the kronor left over go to the largest remainders (ties by order).
 */
export function apportion(amount: number, weights: number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0 || weights.length === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (amount * weight) / total);
  const floors = exact.map(Math.floor);
  let left = amount - floors.reduce((sum, part) => sum + part, 0);
  const order = exact.map((part, index) => ({ index, remainder: part - Math.floor(part) }));
  order.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = (floors[index] as number) + 1;
    left--;
  }
  return floors;
}

/**
 * A year's cost split across municipalities by a model's cost-sharing rule. Per capita and per user
 * need a figure per municipality: those without one are left out of that part (the others share it),
 * are named in a note, and the preview is marked incomplete.
 */
export function splitCost(rule: Rule, annualCostSek: number, fixedSharePercent: number | null, sharers: Sharer[]) {
  const notes: string[] = [];
  const variableBy = (figure: 'population' | 'users') => {
    const known = sharers.filter((sharer) => sharer[figure] !== null);
    const missing = sharers.filter((sharer) => sharer[figure] === null);
    if (missing.length > 0) {
      notes.push(
        `${figure === 'population' ? 'Population' : 'Number of users'} unknown for ${missing.map((m) => m.name).join(', ')}: ` +
          `they are left out of the ${figure === 'population' ? 'per-capita' : 'per-user'} part` +
          (figure === 'population' ? ' (set it with PATCH /v1/municipalities/{code})' : ' (set users on the member)'),
      );
    }
    return { known, weights: known.map((sharer) => sharer[figure] as number) };
  };

  const parts = new Map<string, number>();
  const add = (code: string, amount: number) => parts.set(code, (parts.get(code) ?? 0) + amount);
  let variable = annualCostSek;
  if (rule === 'equal_share' || rule === 'fixed_plus_variable') {
    const fixed = rule === 'equal_share' ? annualCostSek : Math.round((annualCostSek * (fixedSharePercent ?? 0)) / 100);
    apportion(
      fixed,
      sharers.map(() => 1),
    ).forEach((amount, index) => {
      add((sharers[index] as Sharer).code, amount);
    });
    variable = annualCostSek - fixed;
    if (rule === 'fixed_plus_variable' && fixedSharePercent === null) {
      notes.push('The model sets no fixed share, so the whole cost is split per capita');
    }
  }
  if (rule !== 'equal_share' && variable > 0) {
    const { known, weights } = variableBy(rule === 'per_user' ? 'users' : 'population');
    apportion(variable, weights).forEach((amount, index) => {
      add((known[index] as Sharer).code, amount);
    });
  }

  const allocated = [...parts.values()].reduce((sum, amount) => sum + amount, 0);
  const shares: Share[] = sharers.map((sharer) => {
    const amount = parts.get(sharer.code);
    const figure = rule === 'per_user' ? sharer.users : rule === 'equal_share' ? 0 : sharer.population;
    return {
      municipality: { code: sharer.code, name: sharer.name },
      population: sharer.population,
      users: sharer.users,
      shareSek: amount ?? null,
      sharePercent: amount === undefined ? null : Math.round((amount / annualCostSek) * 10000) / 100 || 0,
      note: figure === null ? (rule === 'per_user' ? 'users unknown' : 'population unknown') : null,
    };
  });
  const complete = allocated === annualCostSek && shares.every((share) => share.note === null);
  return { shares, allocatedSek: allocated, complete, notes };
}
