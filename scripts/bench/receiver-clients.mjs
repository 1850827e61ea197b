/**
 * The upload clients of `npm run bench:receiver`, run in a worker thread so that
 * the clients' own work (building requests, reading replies) runs beside the
 * receiver instead of on its event loop, as it would on the reviewers' tablets.
 * Receives the bodies, answers with latencies and the acknowledged receipts.
 * Plain JavaScript: a Node 20 worker cannot load TypeScript through tsx's loader.
 *
 * node:http with a keep-alive agent, not fetch: on the 2-core bench machine fetch
 * (undici) spent more CPU per upload than the receiver itself (≈ 2.2 ms on its thread
 * plus garbage collection, server/README.md "Scale, measured"), and every millisecond
 * the clients spend is taken from the receiver and PostgreSQL, which real clients
 * (tablets) would not do. The requests are the same: PUT, bearer token, JSON body.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ base: string, token: string, clients: number, uploads: { id: string, body: string }[] }} */
const { base, token, clients, uploads } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const baseUrl = new URL(base);

/** @returns {Promise<{ status: number, reply: any }>} */
function put(path, body) {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				agent,
				host: baseUrl.hostname,
				port: baseUrl.port,
				method: 'PUT',
				path: `${baseUrl.pathname}${path}`,
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					try {
						resolve({ status: res.statusCode ?? 0, reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
					} catch (error) {
						reject(error);
					}
				});
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

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
			const { status, reply } = await put(`/reviews/${id}/revisions/1`, body);
			latencies.push(performance.now() - t);
			if (status === 201 && reply.receiptId) acknowledged.push({ id, receiptId: reply.receiptId });
		}
	})
);
agent.destroy();
parentPort?.postMessage({ seconds: (performance.now() - started) / 1000, latencies, acknowledged });
