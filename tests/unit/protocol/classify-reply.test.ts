import { describe, expect, it } from 'vitest';
import { classifyReply, networkFailure, REFUSED_REDIRECT, UNSENDABLE_TOKEN, type UploadOutcome } from '../../../src/lib/sync/protocol';

const NOW = Date.parse('2026-03-03T12:00:00Z');
const ID = '3f1c2a9e-7b4d-4c8e-9a2f-5d6e7f809a1b';
const totals = { sections: [], total: 100, scored: 25, items: 25, level: 'good' as const };
const receipt = {
	receiptId: 'r-1',
	reviewId: ID,
	revision: 2,
	storedAt: '2026-03-03T12:00:00.000Z',
	duplicate: false,
	serverTotals: totals,
	totalsMatch: true
};
const json = (value: unknown) => JSON.stringify(value);
const err = (code: string, message: string, extra = {}) => json({ error: { code, message, ...extra } });
const headers = (values: Record<string, string> = {}) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });
const HTML = '<!doctype html><html><body>Kirjaudu verkkoon</body></html>';

describe('classifyReply', () => {
	it.each<[string, number, Record<string, string>, string, Partial<UploadOutcome>]>([
		['201 with a receipt', 201, {}, json(receipt), { kind: 'stored', receipt }],
		['200 with a duplicate receipt', 200, {}, json({ ...receipt, duplicate: true }), { kind: 'stored' }],
		['200 with an HTML page', 200, {}, HTML, { kind: 'bad-reply', status: 200 }],
		['200 with an empty body', 200, {}, '', { kind: 'bad-reply', status: 200 }],
		['200 with JSON that is not a receipt', 200, {}, json({ ok: true }), { kind: 'bad-reply' }],
		['201 receipt missing totalsMatch', 201, {}, json({ ...receipt, totalsMatch: undefined }), { kind: 'bad-reply' }],
		['204 no content', 204, {}, '', { kind: 'bad-reply', status: 204 }],
		['400 protocol error', 400, {}, err('path-mismatch', 'id differs'), { kind: 'rejected', status: 400, message: 'id differs', issues: [] }],
		[
			'422 with issues',
			422,
			{},
			err('invalid-document', 'bad', { issues: [{ path: 'items.0.score', message: 'Too big' }] }),
			{ kind: 'rejected', status: 422, issues: [{ path: 'items.0.score', message: 'Too big' }] }
		],
		['415 protocol error', 415, {}, err('unsupported-media-type', 'json please'), { kind: 'rejected', status: 415 }],
		['413 protocol error', 413, {}, err('too-large', 'too big'), { kind: 'rejected', status: 413, message: 'too big' }],
		['413 from a proxy page', 413, {}, HTML, { kind: 'rejected', status: 413 }],
		['400 from a page, not the protocol', 400, {}, HTML, { kind: 'bad-reply', status: 400 }],
		['422 with JSON that is not an error body', 422, {}, json({ detail: 'x' }), { kind: 'bad-reply', status: 422 }],
		['401 protocol error', 401, {}, err('unauthorized', 'the token is not valid'), { kind: 'unauthorized', status: 401, message: 'the token is not valid' }],
		['401 from a page', 401, {}, HTML, { kind: 'unauthorized', status: 401, message: 'credentials refused' }],
		['403 read-only token', 403, {}, err('forbidden', 'read only'), { kind: 'unauthorized', status: 403 }],
		['409 newer revision', 409, {}, err('newer-revision', 'newer', { latestRevision: 3 }), { kind: 'superseded', latestRevision: 3 }],
		['409 newer revision, revision not named', 409, {}, err('newer-revision', 'newer'), { kind: 'superseded', latestRevision: null }],
		['409 revision mismatch', 409, {}, err('revision-mismatch', 'differs'), { kind: 'conflict', latestRevision: null, message: 'differs' }],
		['409 from a page', 409, {}, HTML, { kind: 'bad-reply', status: 409 }],
		['429 Retry-After seconds', 429, { 'retry-after': '120' }, '', { kind: 'retry', reason: 'rate-limited', retryAfterMs: 120_000 }],
		['429 Retry-After 0', 429, { 'retry-after': '0' }, '', { kind: 'retry', retryAfterMs: 0 }],
		['429 Retry-After HTTP date', 429, { 'retry-after': 'Tue, 03 Mar 2026 12:00:30 GMT' }, '', { kind: 'retry', retryAfterMs: 30_000 }],
		['429 Retry-After date in the past', 429, { 'retry-after': 'Tue, 03 Mar 2026 11:00:00 GMT' }, '', { kind: 'retry', retryAfterMs: 0 }],
		['429 Retry-After unreadable', 429, { 'retry-after': 'soon' }, '', { kind: 'retry', retryAfterMs: null }],
		['429 Retry-After fractional', 429, { 'retry-after': '1.5' }, '', { kind: 'retry', retryAfterMs: null }],
		['429 without Retry-After', 429, {}, '', { kind: 'retry', reason: 'rate-limited', retryAfterMs: null }],
		['500 protocol error', 500, {}, err('server-error', 'db down'), { kind: 'retry', reason: 'server', status: 500, message: 'db down' }],
		['502 gateway page', 502, {}, HTML, { kind: 'retry', reason: 'server', status: 502, retryAfterMs: null }],
		['503 with Retry-After', 503, { 'retry-after': '5' }, '', { kind: 'retry', reason: 'server', retryAfterMs: 5000 }],
		['599 upper edge of 5xx', 599, {}, '', { kind: 'retry', status: 599 }],
		['404 wrong base URL', 404, {}, HTML, { kind: 'bad-reply', status: 404 }],
		['405 not a receiver', 405, {}, '', { kind: 'bad-reply', status: 405 }],
		['299 last of 2xx', 299, {}, json(receipt), { kind: 'bad-reply', status: 299 }],
		['300 first of 3xx', 300, {}, '', { kind: 'misconfigured', problem: 'redirect', status: 300 }],
		['302 redirect reached the caller', 302, {}, '', { kind: 'misconfigured', problem: 'redirect', status: 302 }],
		['307 with a receipt-looking body', 307, {}, json(receipt), { kind: 'misconfigured', problem: 'redirect', status: 307 }],
		['399 last of 3xx', 399, {}, '', { kind: 'misconfigured', problem: 'redirect', status: 399 }],
		['600 outside HTTP', 600, {}, '', { kind: 'bad-reply', status: 600 }]
	])('%s', (_name, status, values, body, expected) => {
		expect(classifyReply(status, headers(values), body, NOW)).toMatchObject(expected);
	});

	it('refuses a receipt for another revision than the one sent', () => {
		const outcome = classifyReply(201, headers(), json(receipt), NOW, { reviewId: ID, revision: 3 });
		expect(outcome).toMatchObject({ kind: 'bad-reply', message: expect.stringContaining('another') });
	});

	it('accepts a receipt for the revision sent', () => {
		expect(classifyReply(201, headers(), json(receipt), NOW, { reviewId: ID, revision: 2 }).kind).toBe('stored');
	});

	it('clips an overlong server message', () => {
		const outcome = classifyReply(400, headers(), err('bad-request', 'x'.repeat(5000)), NOW);
		expect(outcome.kind === 'rejected' && outcome.message.length).toBe(500);
	});
});

describe('networkFailure', () => {
	it.each<[string, unknown, string]>([
		['a fetch TypeError', new TypeError('fetch failed'), 'network failure'],
		['an abort', new DOMException('aborted', 'AbortError'), 'no reply in time'],
		['a timeout signal', new DOMException('timed out', 'TimeoutError'), 'no reply in time'],
		['a thrown string', 'boom', 'network failure']
	])('%s is a network retry', (_name, error, message) => {
		expect(networkFailure(error)).toEqual({ kind: 'retry', reason: 'network', status: 0, retryAfterMs: null, message });
	});

	it.each<[string, string, string]>([
		['a refused redirect (opaque redirect in a browser)', REFUSED_REDIRECT, 'redirect'],
		['a token the transport cannot send', UNSENDABLE_TOKEN, 'bad-token']
	])('%s is a settings problem, not a network retry', (_name, name, problem) => {
		const error = new Error('x');
		error.name = name;
		expect(networkFailure(error)).toMatchObject({ kind: 'misconfigured', problem, status: 0 });
	});

	it('never repeats the error text, which may carry a header or URL', () => {
		const outcome = networkFailure(new TypeError('Authorization: Bearer s3cret-token'));
		expect(JSON.stringify(outcome)).not.toContain('s3cret');
	});
});
