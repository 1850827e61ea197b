/**
 * `npm run bench:receiver`: uploads N distinct finished reviews to the receiver
 * over real HTTP from C = 1, 8, 32 concurrent clients, once per store (SQLite
 * file; PostgreSQL from BENCH_POSTGRES_URL, or a throw-away cluster started with
 * scripts/postgres.sh), prints uploads/s and p95 latency, then checks that every
 * acknowledged receipt is stored exactly once. Then seeds 1,000 services × 10
 * reviews and times the dashboard's services page. Printed, not asserted.
 *
 * The receiver runs on this process's main thread and the clients in a worker thread
 * (scripts/bench/receiver-clients.mjs): on a 2-core machine, one core each, as when the
 * clients are tablets elsewhere. Prints the load average before and after: figures
 * taken on a busy machine measure the machine. So at C=32 it also prints the CPU time
 * per upload of the receiver's thread, of the rest of this process (the clients' worker
 * and V8's helper threads) and of the bench's own PostgreSQL cluster: what an upload
 * costs, whatever else runs.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildReceiver } from '../../server/app';
import { openPostgresStore } from '../../server/storage/postgres';
import { openSqliteStore } from '../../server/storage/sqlite';
import type { ReviewStore } from '../../server/storage/types';
import { buildFinishedReview } from '../../tests/fixtures/review-builder';
import { mainThreadCpu, postgresCpu, postmasterOf, processCpu } from './receiver-cpu';

const N = Number(process.env.BENCH_N ?? 400);
const LEVELS = [1, 8, 32];
const TOKEN = 'bench-token';
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

type ClientsResult = { seconds: number; latencies: number[]; acknowledged: { id: string; receiptId: string }[] };

/** CPU per upload (ms): the receiver's thread, the rest of this process (clients' worker, GC helpers), the store's server. */
type CpuPerUpload = { receiver: number; others: number; database: number | null };

async function uploads(base: string, store: ReviewStore, clients: number, postmaster: number | null) {
	const bodies = Array.from({ length: N }, () => {
		const doc = buildFinishedReview({ id: randomUUID() });
		return { id: doc.id, body: JSON.stringify(doc) };
	});
	const worker = new Worker(new URL('./receiver-clients.mjs', import.meta.url), {
		workerData: { base, token: TOKEN, clients, uploads: bodies }
	});
	const [main0, all0, db0] = [mainThreadCpu(), processCpu(), postmaster === null ? 0 : postgresCpu(postmaster)];
	const { seconds, latencies, acknowledged } = await new Promise<ClientsResult>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
	const receiver = mainThreadCpu() - main0;
	const cpu: CpuPerUpload = {
		receiver: receiver / N,
		others: (processCpu() - all0 - receiver) / N,
		database: postmaster === null ? null : (postgresCpu(postmaster) - db0) / N
	};
	await worker.terminate();
	// Exactly once: each acknowledged receipt is the stored one, and nothing else was stored.
	let verified = 0;
	for (const a of acknowledged) if ((await store.getRevision(a.id, 1))?.receipt.receiptId === a.receiptId) verified += 1;
	return { perSecond: N / seconds, p95: pct(latencies, 95), acknowledged: acknowledged.length, verified, cpu };
}

async function servicesPage(origin: string, store: ReviewStore): Promise<number> {
	const totals = { sections: [], total: 90, scored: 25, items: 25, level: 'fair' as const };
	for (let s = 0; s < 1000; s += 1) {
		for (let r = 0; r < 10; r += 1) {
			await store.putRevision({
				reviewId: `svc-${s}-${r}`, revision: 1, hash: 'h', documentJson: '{}', clientTotals: totals, serverTotals: { ...totals, total: 70 + r * 3 },
				totalsMatch: true, summary: { service: `Palvelu ${s}`, organisation: 'Alue', startDate: `20${16 + r}-03-01` },
				derived: { edition: 'fi-2021-11-01', endDate: null, itemScores: Array.from({ length: 25 }, (_, i) => 1 + ((s + r + i) % 5)), agreement: null, personalData: { identityCodes: 0, possiblyPersonal: 0 } },
				receiptId: randomUUID(), storedAt: new Date().toISOString()
			});
		}
	}
	const form = await fetch(`${origin}/dashboard/sign-in`);
	const login = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	const csrf = /name="csrf" value="([^"]+)"/.exec(await form.text())![1]!;
	const signIn = await fetch(`${origin}/dashboard/sign-in`, { method: 'POST', redirect: 'manual', headers: { cookie: login }, body: new URLSearchParams({ csrf, token: TOKEN }) });
	const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	const times: number[] = [];
	for (let i = 0; i < 5; i += 1) {
		const t = performance.now();
		const page = await fetch(`${origin}/dashboard/services`, { headers: { cookie } });
		await page.text();
		times.push(performance.now() - t);
	}
	return pct(times, 50);
}

const cpuText = (c: CpuPerUpload) =>
	`CPU/upload: receiver ${c.receiver.toFixed(2)} ms, clients + GC threads ${c.others.toFixed(2)} ms${c.database === null ? '' : `, PostgreSQL ${c.database.toFixed(2)} ms`}`;

/** `postmaster`: the PostgreSQL cluster whose CPU to count (null: SQLite, or a server elsewhere). */
async function benchStore(name: string, open: () => Promise<ReviewStore>, postmaster: number | null = null) {
	const store = await open();
	await store.clear();
	const app = buildReceiver({ storage: store, tokens: [{ token: TOKEN, canWrite: true }], allowedOrigins: [], rateLimit: null });
	const origin = await app.listen({ port: 0, host: '127.0.0.1' });
	try {
		for (const clients of LEVELS) {
			const r = await uploads(`${origin}/api/v1`, store, clients, postmaster);
			const ok = r.verified === r.acknowledged && r.acknowledged === N;
			console.log(`${name.padEnd(10)} C=${String(clients).padEnd(3)} ${r.perSecond.toFixed(0).padStart(5)} uploads/s  p95 ${r.p95.toFixed(1).padStart(6)} ms  stored once: ${r.verified}/${N} ${ok ? 'ok' : 'MISMATCH'}${clients === 32 ? `  (budget ≥ 300/s: ${r.perSecond >= 300 ? 'met' : 'not met'})` : ''}`);
			if (clients === 32) console.log(`${''.padEnd(10)} C=32  ${cpuText(r.cpu)}`);
		}
		await store.clear();
		const ms = await servicesPage(origin, store);
		console.log(`${name.padEnd(10)} services page, 1,000 services × 10 reviews: ${ms.toFixed(0)} ms median of 5 (budget < 1000 ms: ${ms < 1000 ? 'met' : 'not met'})`);
	} finally {
		await app.close();
		await store.close();
	}
}

const dir = mkdtempSync(join(tmpdir(), 'bench-receiver-'));
let pgDir: string | null = null;
try {
	console.log(`receiver bench: N = ${N} uploads per level (BENCH_N); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
	await benchStore('SQLite', async () => openSqliteStore(join(dir, 'bench.sqlite')));
	let url = process.env.BENCH_POSTGRES_URL;
	if (!url) {
		// Its own directory, not one inside `dir`: mkdtemp makes `dir` private to this user,
		// and as root the cluster runs as an unprivileged user that must reach its files.
		pgDir = mkdtempSync(join(tmpdir(), 'bench-receiver-pg-'));
		url = execFileSync('bash', ['scripts/postgres.sh', 'start', pgDir, process.env.BENCH_POSTGRES_PORT ?? '55438'], { encoding: 'utf8' }).trim();
	}
	await benchStore('PostgreSQL', () => openPostgresStore(url!), pgDir ? postmasterOf(pgDir) : null);
	console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
	if (pgDir) execFileSync('bash', ['scripts/postgres.sh', 'stop', pgDir], { stdio: 'inherit' });
	rmSync(dir, { recursive: true, force: true });
}
