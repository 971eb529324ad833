// Agreement between raters on categorical answers (yes, no, N/A, a rating 1-5 are each a
// category): percent agreement, Cohen's kappa for two raters, Fleiss' kappa for more.
// Kappa corrects agreement for chance: 1 is perfect, 0 is what chance alone gives, below 0
// worse than chance. It is undefined (null here) when chance agreement is already 1, i.e.
// every rating is the same category: no disagreement was possible to avoid.

export type Rating = string | number;

export type Agreement = {
  /** 0..1, null with fewer than one comparable item. */
  value: number | null;
  /** Items with at least two ratings, the ones compared. */
  items: number;
};

export type Kappa = {
  kappa: number | null;
  /** Observed agreement (Cohen's p_o, Fleiss' P-bar). */
  observed: number | null;
  /** Agreement expected by chance (p_e, P-bar_e). */
  expected: number | null;
  items: number;
  /** Items left out: a rater missing (Cohen), or a different number of ratings (Fleiss). */
  excluded: number;
};

const present = (r: Rating | null | undefined): r is Rating => r !== null && r !== undefined;

/** Share of agreeing rater pairs on an item (1 when all agree). */
function pairAgreement(ratings: readonly Rating[]): number {
  const n = ratings.length;
  const counts = new Map<Rating, number>();
  for (const r of ratings) counts.set(r, (counts.get(r) ?? 0) + 1);
  let agreeing = 0;
  for (const c of counts.values()) agreeing += c * (c - 1);
  return agreeing / (n * (n - 1));
}

/**
 * Percent agreement: for two raters, the share of items they answered alike; for more, the
 * mean over items of the share of rater pairs that agree (Fleiss' P-bar). Unrated (null)
 * ratings are left out; items with fewer than two ratings are not compared.
 */
export function percentAgreement(items: readonly (readonly (Rating | null)[])[]): Agreement {
  let sum = 0;
  let n = 0;
  for (const item of items) {
    const ratings = item.filter(present);
    if (ratings.length < 2) continue;
    sum += pairAgreement(ratings);
    n += 1;
  }
  return { value: n === 0 ? null : sum / n, items: n };
}

/** Cohen's kappa for two raters; each item is [rater A's answer, rater B's answer]. */
export function cohensKappa(items: readonly (readonly [Rating | null, Rating | null])[]): Kappa {
  const pairs = items.filter((p): p is [Rating, Rating] => present(p[0]) && present(p[1]));
  const excluded = items.length - pairs.length;
  const n = pairs.length;
  if (n === 0) return { kappa: null, observed: null, expected: null, items: 0, excluded };
  const a = new Map<Rating, number>();
  const b = new Map<Rating, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree += 1;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [category, count] of a) expected += (count / n) * ((b.get(category) ?? 0) / n);
  return { kappa: kappaOf(observed, expected), observed, expected, items: n, excluded };
}

/**
 * Fleiss' kappa for any number of raters per item (the raters may differ between items, but
 * each item needs the same number of ratings: the most common count; others are excluded).
 */
export function fleissKappa(items: readonly (readonly (Rating | null)[])[]): Kappa {
  const rated = items.map((item) => item.filter(present));
  const byCount = new Map<number, number>();
  for (const r of rated) if (r.length >= 2) byCount.set(r.length, (byCount.get(r.length) ?? 0) + 1);
  const top = [...byCount.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0];
  if (top === undefined) return { kappa: null, observed: null, expected: null, items: 0, excluded: items.length };
  const raters = top[0];
  const kept = rated.filter((r) => r.length === raters);
  const categories = [...new Set(kept.flat())];
  const counts = kept.map((r) => categories.map((c) => r.filter((x) => x === c).length));
  return { ...fleissKappaFromCounts(counts), excluded: items.length - kept.length };
}

/**
 * Fleiss' kappa from the usual table: counts[i][j] = how many raters put item i in
 * category j; every row sums to the same number of raters n >= 2 (the first row's sum).
 */
export function fleissKappaFromCounts(table: readonly (readonly number[])[]): Kappa {
  // Rows that do not sum to the first row's n are left out (and counted), never thrown on.
  const n = table[0]?.reduce((s, x) => s + x, 0) ?? 0;
  const counts = table.filter((row) => row.reduce((s, x) => s + x, 0) === n);
  const excluded = table.length - counts.length;
  const N = counts.length;
  if (N === 0 || n < 2) return { kappa: null, observed: null, expected: null, items: 0, excluded: table.length };
  const k = counts[0]?.length ?? 0;
  let observedSum = 0;
  const columnTotals = new Array<number>(k).fill(0);
  for (const row of counts) {
    let squares = 0;
    row.forEach((x, j) => {
      squares += x * x;
      columnTotals[j] = (columnTotals[j] ?? 0) + x;
    });
    observedSum += (squares - n) / (n * (n - 1));
  }
  const observed = observedSum / N;
  const expected = columnTotals.reduce((s, total) => s + (total / (N * n)) ** 2, 0);
  return { kappa: kappaOf(observed, expected), observed, expected, items: N, excluded };
}

function kappaOf(observed: number, expected: number): number | null {
  // Chance agreement of 1 (one category for everything) leaves kappa 0/0.
  if (1 - expected < 1e-12) return null;
  return (observed - expected) / (1 - expected);
}
