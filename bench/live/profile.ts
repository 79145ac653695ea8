/** The facilitator's CPU profile during a burst (BENCH_LIVE_PROFILE=1): top functions by self and by total time. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export function profileLines(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, limit = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    return frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}` : '?';
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + ms);
    // Each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
  });
  const sum = [...self.values()].reduce((a, b) => a + b, 0);
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  return [`live profile: ${sum.toFixed(0)} ms sampled; self time:`, ...top(self), 'total time (with callees):', ...top(total)];
}
