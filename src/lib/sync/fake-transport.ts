import { ACCEPTED_FORMATS, PROTOCOL, type Receipt } from './protocol';
import type { Reply, Transport } from './transport';

/**
 * An in-memory receiver behind the Transport interface, for unit tests of the
 * queue. It keeps the one rule that matters to the client, (reviewId, revision)
 * stored at most once, and can be told to misbehave for the next PUTs.
 * Not bundled: only tests import it.
 */
export type FakeFault =
	| { mode: 'fail'; status?: number }
	| { mode: 'rate-limit'; retryAfter: string }
	| { mode: 'network' }
	/** Stores the review, then loses the reply: the client sees a network failure. */
	| { mode: 'commit-then-drop' }
	/** Waits until the test calls the returned release(). */
	| { mode: 'hold'; until: Promise<void> }
	| { mode: 'reply'; status: number; body: string; headers?: Record<string, string> };

export type FakeCall = { method: 'GET' | 'PUT'; url: string; status: number | null };

type Stored = { body: string; receipt: Receipt };

const PUT_PATH = /\/reviews\/([^/]+)\/revisions\/(\d+)$/;

export class FakeTransport implements Transport {
	readonly calls: FakeCall[] = [];
	readonly stored = new Map<string, Stored>();
	#faults: FakeFault[] = [];
	#tokens: Map<string, boolean>;
	#now: () => number;

	constructor(options: { tokens?: Record<string, boolean>; now?: () => number } = {}) {
		this.#tokens = new Map(Object.entries(options.tokens ?? { 'test-token': true }));
		this.#now = options.now ?? Date.now;
	}

	/** The next PUTs, one fault each, in order. */
	fault(...faults: FakeFault[]): this {
		this.#faults.push(...faults);
		return this;
	}

	/** Holds the next PUT until release() is called. */
	hold(): () => void {
		let release!: () => void;
		this.fault({ mode: 'hold', until: new Promise<void>((r) => (release = r)) });
		return release;
	}

	copies(reviewId: string): number {
		return [...this.stored.keys()].filter((k) => k.startsWith(`${reviewId}#`)).length;
	}

	get puts(): FakeCall[] {
		return this.calls.filter((c) => c.method === 'PUT');
	}

	async get(url: string, token: string): Promise<Reply> {
		const call: FakeCall = { method: 'GET', url, status: null };
		this.calls.push(call);
		await Promise.resolve();
		if (!url.endsWith('/ping')) return this.#reply(call, 404, { error: { code: 'not-found', message: 'no such endpoint' } });
		if (!this.#tokens.has(token)) return this.#reply(call, 401, { error: { code: 'unauthorized', message: 'the token is not valid' } });
		const ping = { protocol: PROTOCOL, formats: [...ACCEPTED_FORMATS], authenticated: true, canWrite: this.#tokens.get(token), receiver: { name: 'fake', version: '0' } };
		return this.#reply(call, 200, ping);
	}

	async put(url: string, token: string, body: string): Promise<Reply> {
		const call: FakeCall = { method: 'PUT', url, status: null };
		this.calls.push(call);
		await Promise.resolve();
		const fault = this.#faults.shift();
		if (fault?.mode === 'hold') await fault.until;
		if (fault?.mode === 'network') throw new TypeError('Failed to fetch');
		if (fault?.mode === 'fail') return this.#reply(call, fault.status ?? 503, { error: { code: 'server-error', message: 'injected failure' } });
		if (fault?.mode === 'rate-limit') {
			return this.#reply(call, 429, { error: { code: 'rate-limited', message: 'slow down' } }, { 'retry-after': fault.retryAfter });
		}
		if (fault?.mode === 'reply') {
			call.status = fault.status;
			return { status: fault.status, headers: headersOf(fault.headers ?? {}), bodyText: fault.body };
		}
		const [status, reply] = this.#store(url, token, body);
		if (fault?.mode === 'commit-then-drop' && status < 300) throw new TypeError('Failed to fetch');
		return this.#reply(call, status, reply);
	}

	#store(url: string, token: string, body: string): [number, unknown] {
		const err = (status: number, code: string, message: string, extra = {}) => [status, { error: { code, message, ...extra } }] as [number, unknown];
		if (!this.#tokens.has(token)) return err(401, 'unauthorized', 'the token is not valid');
		if (!this.#tokens.get(token)) return err(403, 'forbidden', 'this token may read but not upload');
		const match = PUT_PATH.exec(url);
		if (!match) return err(404, 'not-found', 'no such endpoint');
		const reviewId = decodeURIComponent(match[1]!);
		const revision = Number(match[2]);
		let doc: { id?: unknown; revision?: unknown; totals?: unknown };
		try {
			doc = JSON.parse(body);
		} catch {
			return err(400, 'bad-request', 'the body is not valid JSON');
		}
		if (doc.id !== reviewId || doc.revision !== revision) return err(400, 'path-mismatch', 'id or revision differs from the path');
		const key = `${reviewId}#${revision}`;
		const existing = this.stored.get(key);
		if (existing) {
			if (existing.body !== body) return err(409, 'revision-mismatch', 'a different document is stored under this revision');
			return [200, { ...existing.receipt, duplicate: true }];
		}
		const latest = Math.max(0, ...[...this.stored.values()].filter((s) => s.receipt.reviewId === reviewId).map((s) => s.receipt.revision));
		if (latest > revision) return err(409, 'newer-revision', `revision ${latest} is already stored`, { latestRevision: latest });
		const receipt: Receipt = {
			receiptId: `fake-${this.stored.size + 1}`,
			reviewId,
			revision,
			storedAt: new Date(this.#now()).toISOString(),
			duplicate: false,
			serverTotals: doc.totals as Receipt['serverTotals'],
			totalsMatch: true
		};
		this.stored.set(key, { body, receipt });
		return [201, receipt];
	}

	#reply(call: FakeCall, status: number, body: unknown, headers: Record<string, string> = {}): Reply {
		call.status = status;
		return { status, headers: headersOf({ 'content-type': 'application/json', ...headers }), bodyText: JSON.stringify(body) };
	}
}

function headersOf(record: Record<string, string>): Reply['headers'] {
	const lower = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
	return { get: (name) => lower.get(name.toLowerCase()) ?? null };
}
