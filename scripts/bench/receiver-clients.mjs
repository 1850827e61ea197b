/**
 * The upload clients of `npm run bench:receiver`, run in a worker thread so that
 * the clients' own work (building requests, fetch, reading replies) runs on the
 * other core, as it would on the reviewers' tablets, instead of competing with
 * the receiver for its event loop. Receives the bodies, answers with latencies
 * and the acknowledged receipts. Plain JavaScript: a Node 20 worker cannot load
 * TypeScript through tsx's loader.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ base: string, token: string, clients: number, uploads: { id: string, body: string }[] }} */
const { base, token, clients, uploads } = workerData;

/** @type {number[]} */
const latencies = [];
/** @type {{ id: string, receiptId: string }[]} */
const acknowledged = [];
let next = 0;
const started = performance.now();
await Promise.all(
	Array.from({ length: clients }, async () => {
		while (next < uploads.length) {
			const { id, body } = uploads[next++];
			const t = performance.now();
			const response = await fetch(`${base}/reviews/${id}/revisions/1`, {
				method: 'PUT',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body
			});
			const reply = await response.json();
			latencies.push(performance.now() - t);
			if (response.status === 201 && reply.receiptId) acknowledged.push({ id, receiptId: reply.receiptId });
		}
	})
);
parentPort?.postMessage({ seconds: (performance.now() - started) / 1000, latencies, acknowledged });
