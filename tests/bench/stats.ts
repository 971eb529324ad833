/** Percentiles of a sample of durations in milliseconds (nearest-rank). */
export function percentiles(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1) ?? NaN) };
}

export function formatRow(label: string, p: ReturnType<typeof percentiles>, unit = 'ms'): string {
  return `${label.padEnd(44)} p50 ${p.p50.toFixed(3)} ${unit}  p95 ${p.p95.toFixed(3)} ${unit}  p99 ${p.p99.toFixed(3)} ${unit}  (n=${p.n})`;
}
