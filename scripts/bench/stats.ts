/** Small statistics for benchmark figures, and the way a figure is printed against its target. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** "ok, < N ms" or "OVER N ms". */
export function verdict(value: number, target: number): string {
  return value < target ? `ok, < ${target} ms` : `OVER ${target} ms`;
}

/** One printed figure: median against the target (with the ratio), and p95 over the samples. */
export function figure(label: string, values: number[], target: number, unit: string): string {
  const m = median(values);
  return `  ${label}: median ${m.toFixed(1)} ms (${verdict(m, target)}, ${(m / target).toFixed(2)}× target), p95 ${percentile(values, 95).toFixed(1)} ms over ${values.length} ${unit}`;
}
