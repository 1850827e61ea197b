import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server standing in for a receiver that misbehaves, on a free port the
 * OS picks (so parallel runs never collide). It answers CORS like a receiver would and
 * records every non-preflight request with its Authorization header.
 *
 * - 'down': every connection is cut without a reply (the browser sees a network error);
 * - 'up': PUTs get 201 with a receipt-shaped body for the review sent, no token checked;
 * - 'redirect': PUTs under /api/v1 get 302 to the same path under /elsewhere, which
 *   answers like 'up' — the unauthenticated target a followed redirect would reach.
 */
export type StubMode = 'down' | 'up' | 'redirect';
export type StubRequest = { method: string; path: string; authorization: string | null };

export class StubReceiver {
	readonly requests: StubRequest[] = [];
	mode: StubMode = 'up';
	private constructor(private readonly server: Server, readonly origin: string) {}

	static async start(mode: StubMode): Promise<StubReceiver> {
		let stub: StubReceiver | null = null;
		const server = createServer((req, res) => stub?.handle(req, res));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		stub = new StubReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
		stub.mode = mode;
		return stub;
	}

	get api(): string {
		return `${this.origin}/api/v1`;
	}

	puts(): StubRequest[] {
		return this.requests.filter((r) => r.method === 'PUT');
	}

	close(): Promise<void> {
		this.server.closeAllConnections();
		return new Promise((resolve) => this.server.close(() => resolve()));
	}

	private handle(req: IncomingMessage, res: import('node:http').ServerResponse): void {
		if (this.mode === 'down') {
			req.socket.destroy();
			return;
		}
		const cors = {
			'access-control-allow-origin': req.headers.origin ?? '*',
			'access-control-allow-methods': 'GET, PUT, OPTIONS',
			'access-control-allow-headers': 'authorization, content-type, accept',
			'access-control-max-age': '0'
		};
		if (req.method === 'OPTIONS') {
			res.writeHead(204, cors).end();
			return;
		}
		this.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization ?? null });
		const path = req.url ?? '';
		if (this.mode === 'redirect' && path.startsWith('/api/v1/')) {
			req.resume();
			res.writeHead(302, { ...cors, location: `${this.origin}/elsewhere${path.slice('/api/v1'.length)}` }).end();
			return;
		}
		let body = '';
		req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
		req.on('end', () => {
			const doc = safeJson(body) as { id?: string; revision?: number; totals?: unknown } | null;
			const receipt = {
				receiptId: 'stub-receipt',
				reviewId: doc?.id ?? 'x',
				revision: doc?.revision ?? 1,
				storedAt: new Date().toISOString(),
				duplicate: false,
				serverTotals: doc?.totals ?? null,
				totalsMatch: true
			};
			res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(receipt));
		});
	}
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
