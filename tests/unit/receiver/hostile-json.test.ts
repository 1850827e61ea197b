import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../src/lib/sync/protocol';
import { classifyReply } from '../../../src/lib/sync/protocol';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../../../server/json-depth';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

/** The review with an unknown field nested `levels` deep, as raw JSON (JSON.stringify would recurse). */
function nestedBody(levels: number, review = buildFreshReview()): string {
	const doc = JSON.stringify(review);
	return `${doc.slice(0, -1)},"extra":${'['.repeat(levels)}1${']'.repeat(levels)}}`;
}

describe('exceedsJsonDepth', () => {
	it.each([
		['flat scalar', '1', 0, false],
		['one object at limit 1', '{"a":1}', 1, false],
		['two levels at limit 1', '{"a":[1]}', 1, true],
		['exactly at the limit', `${'['.repeat(64)}${']'.repeat(64)}`, 64, false],
		['one past the limit', `${'['.repeat(65)}${']'.repeat(65)}`, 64, true],
		['brackets inside a string do not count', '{"a":"[[[[[[[["}', 1, false],
		['an escaped quote does not end the string', '{"a":"\\"[[[["}', 1, false],
		['an escaped backslash before the closing quote', '{"a":"\\\\","b":[[1]]}', 2, true],
		['siblings do not add up', '[[1],[2],[3]]', 2, false]
	])('%s', (_name, text, limit, expected) => {
		expect(exceedsJsonDepth(text, limit)).toBe(expected);
	});

	it('scans 200,000 levels without recursion', () => {
		expect(exceedsJsonDepth(nestedBody(200_000))).toBe(true);
	});
});

describe('deeply nested bodies', () => {
	let receiver: Receiver;
	beforeAll(async () => {
		receiver = await startReceiver();
	});
	afterAll(() => receiver.close());

	it.each([10_000, 200_000])('answers %i levels with 400 too-deep, not a retryable 5xx', async (levels) => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), null, { raw: nestedBody(levels, doc) });
		const text = await response.text();
		expect(response.status).toBe(400);
		const { error } = ErrorBody.parse(JSON.parse(text));
		expect(error.code).toBe('too-deep');
		expect(error.message).toContain(String(MAX_JSON_DEPTH));
		// The app's own reading of that reply: refused for good, never retried.
		expect(classifyReply(response.status, response.headers, text, Date.now()).kind).toBe('rejected');
		expect(receiver.rowCount()).toBe(0);
	});

	it('still stores a review with a harmless unknown field a few levels deep', async () => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), null, { raw: nestedBody(5, doc) });
		expect(response.status).toBe(201);
	});
});
