/**
 * Self time of a V8 CPU profile by script and by function, printed for the trace scripts
 * (trace-list, trace-item, trace-back): each sample's time belongs to the node sampled.
 * Minified function names say little, so a function is also named by its place.
 */
export type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export function selfTime(profile: CpuProfile, app: string): { byUrl: Map<string, number>; byFn: Map<string, number> } {
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const byUrl = new Map<string, number>();
	const byFn = new Map<string, number>();
	for (const node of profile.nodes) {
		const ms = self.get(node.id) ?? 0;
		const url = node.callFrame.url ? new URL(node.callFrame.url, app).pathname : `(${node.callFrame.functionName || 'native'})`;
		byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
		const fn = `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
		byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
	}
	return { byUrl, byFn };
}

/** Prints the `scripts` busiest scripts and the `functions` busiest functions, indented by `indent`. */
export function printSelfTime(profile: CpuProfile, app: string, { scripts = 15, functions = 20, indent = '' } = {}): void {
	const { byUrl, byFn } = selfTime(profile, app);
	const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
	console.log(`${indent}self time by script (ms, 4× CPU):`);
	for (const [k, v] of top(byUrl, scripts)) console.log(`${indent}  ${v.toFixed(1).padStart(7)}  ${k}`);
	console.log(`${indent}self time by function (ms):`);
	for (const [k, v] of top(byFn, functions)) console.log(`${indent}  ${v.toFixed(1).padStart(7)}  ${k}`);
}
