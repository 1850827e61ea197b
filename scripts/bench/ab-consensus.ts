/**
 * The consensus screen against an item screen (issue 10), for two or more builds side by side:
 * rounds alternate the builds (order turned round every other round); each round runs
 * `consensusFigures` once per build (item, then consensus, cold, 4× CPU). Prints medians and
 * consensus ÷ item per build. For deciding what to keep, not a budget of its own.
 *
 *   AB_ROUNDS=5 AB_PORT=4721 npx tsx scripts/bench/ab-consensus.ts <build> <build> [<build>…]
 */
import { chromium } from '@playwright/test';
import { consensusFigures, type ConsensusFigures } from './consensus';
import { serveBuilds } from './serve-builds';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['build'];
const rounds = Number(process.env.AB_ROUNDS ?? 5);
const port = Number(process.env.AB_PORT ?? 4721);
const { builds, stop } = await serveBuilds(dirs.map((dir, i) => ({ dir, port: port + i })));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const seen: ConsensusFigures[] = builds.map(() => ({ itemOpen: [], consensusOpen: [], consensusAllRows: [] }));
	for (let i = 0; i < rounds; i++) {
		const order = builds.map((_, j) => j);
		for (const j of i % 2 ? order.reverse() : order) {
			const c = await consensusFigures(browser, builds[j]!.app, 1);
			for (const key of ['itemOpen', 'consensusOpen', 'consensusAllRows'] as const) seen[j]![key].push(...c[key]);
		}
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	for (const key of ['itemOpen', 'consensusOpen', 'consensusAllRows'] as const) {
		const cells = seen.map((s, j) => `${builds[j]!.dir}: ${median(s[key]).toFixed(0)} (${s[key].map((x) => x.toFixed(0)).join(', ')})`);
		console.log(`${key.padEnd(17)} ${cells.join('   ')}`);
	}
	// Each round's own ratio: the item and the consensus screen of one round ran back to back, so
	// this cancels the load's drift between rounds better than the ratio of medians.
	const paired = (s: ConsensusFigures, key: 'consensusOpen' | 'consensusAllRows') => median(s[key].map((x, i) => x / s.itemOpen[i]!));
	console.log(`per-round ratio   ${seen.map((s, j) => `${builds[j]!.dir}: open ${paired(s, 'consensusOpen').toFixed(2)}×, all rows ${paired(s, 'consensusAllRows').toFixed(2)}×`).join('   ')}`);
	console.log(`consensus ÷ item  ${seen.map((s, j) => `${builds[j]!.dir}: ${(median(s.consensusOpen) / median(s.itemOpen)).toFixed(2)}×`).join('   ')}`);
	console.log(`all rows ÷ item   ${seen.map((s, j) => `${builds[j]!.dir}: ${(median(s.consensusAllRows) / median(s.itemOpen)).toFixed(2)}×`).join('   ')}`);
} finally {
	await browser.close();
	stop();
}
