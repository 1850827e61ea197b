/**
 * `npx tsx scripts/bench/receiver-store.ts`: the PostgreSQL store alone, no HTTP,
 * to see what putRevision costs on each side. C concurrent loops call putRevision with
 * prebuilt revisions of a real finished review; prints puts/s, this thread's CPU per
 * put (the client library) and PostgreSQL's CPU per put. BENCH_POSTGRES_URL names a
 * database the bench may empty; BENCH_POSTGRES_DIR the scripts/postgres.sh directory of
 * its cluster (for the CPU figure); BENCH_POOL the pool size; BENCH_C the loops;
 * BENCH_SMALL_DOC=1 stores '{}' instead of the document (what the 6 KB of jsonb cost).
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { acceptDocument } from '../../server/accept';
import { canonicalJson, sha256Hex } from '../../server/canonical';
import { openPostgresStore } from '../../server/storage/postgres';
import type { NewRevision } from '../../server/storage/types';
import { buildFinishedReview } from '../../tests/fixtures/review-builder';
import { mainThreadCpu, postgresCpu, postmasterOf } from './receiver-cpu';

const N = Number(process.env.BENCH_N ?? 2000);
const C = Number(process.env.BENCH_C ?? 32);
const POOL = Number(process.env.BENCH_POOL ?? 16);
const url = process.env.BENCH_POSTGRES_URL;
if (!url) throw new Error('set BENCH_POSTGRES_URL');
const postmaster = process.env.BENCH_POSTGRES_DIR ? postmasterOf(process.env.BENCH_POSTGRES_DIR) : null;
const pgCpu = () => (postmaster === null ? NaN : postgresCpu(postmaster));

function inputs(n: number): NewRevision[] {
	const doc = buildFinishedReview({ id: randomUUID() });
	const verdict = acceptDocument(doc, { reviewId: doc.id, revision: 1 });
	if (!verdict.ok) throw new Error(verdict.message);
	const documentJson = canonicalJson(doc);
	const base: NewRevision = {
		reviewId: doc.id, revision: 1, hash: sha256Hex(documentJson), documentJson, clientTotals: doc.totals, serverTotals: verdict.serverTotals,
		totalsMatch: verdict.totalsMatch, derived: verdict.derived, receiptId: '', storedAt: new Date().toISOString(),
		summary: { service: doc.meta.service, organisation: doc.meta.organisation, startDate: doc.meta.startDate }
	};
	if (process.env.BENCH_SMALL_DOC) base.documentJson = '{}';
	return Array.from({ length: n }, () => ({ ...base, reviewId: randomUUID(), receiptId: randomUUID() }));
}

const store = await openPostgresStore(url, { max: POOL });
await store.clear();
async function run(list: NewRevision[]) {
	let next = 0;
	const cpu0 = mainThreadCpu();
	const pg0 = pgCpu();
	const t0 = performance.now();
	await Promise.all(Array.from({ length: C }, async () => {
		while (next < list.length) await store.putRevision(list[next++]!);
	}));
	const seconds = (performance.now() - t0) / 1000;
	return { perSecond: list.length / seconds, clientMs: (mainThreadCpu() - cpu0) / list.length, postgresMs: (pgCpu() - pg0) / list.length };
}
try {
	await run(inputs(200));
	for (let i = 0; i < Number(process.env.BENCH_ROUNDS ?? 2); i += 1) {
		const la = loadavg()[0]!.toFixed(1);
		const r = await run(inputs(N));
		console.log(`store only, C=${C} pool=${POOL} N=${N} load ${la}: ${r.perSecond.toFixed(0)} puts/s, client ${r.clientMs.toFixed(2)} ms CPU/put, PostgreSQL ${r.postgresMs.toFixed(2)} ms CPU/put`);
	}
} finally {
	await store.close();
}
