import { describe, expect, it } from 'vitest';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, WRITE_TOKEN } from './harness';

describe('request log', () => {
	it('never holds the token, the Authorization header or note text', async () => {
		const lines: string[] = [];
		const receiver = await startReceiver({ logger: true, logStream: { write: (line) => void lines.push(line) } });
		try {
			const doc = buildFreshReview();
			doc.items[0]!.notes[0]!.text = 'Luottamuksellinen muistiinpano 4711';
			await receiver.put(pathOf(doc), doc);
			await receiver.put(pathOf(doc), null, { raw: '{"broken": "Luottamuksellinen' });
			await receiver.put(pathOf(doc), doc, { token: 'guessed-token-0001' });
			await receiver.get('/ping');
		} finally {
			await receiver.close();
		}
		const log = lines.join('');
		expect(lines.length).toBeGreaterThan(4); // the logger was on: an empty log would prove nothing
		for (const secret of [WRITE_TOKEN, 'guessed-token-0001', 'Bearer', 'Luottamuksellinen']) expect(log).not.toContain(secret);
	});
});

describe('request log and query strings', () => {
	it('never records a query string, so ?access_token=… stays out of the log', async () => {
		const lines: string[] = [];
		const receiver = await startReceiver({ logger: true, logStream: { write: (line) => void lines.push(line) } });
		try {
			await receiver.get('/ping?access_token=query-secret-5521&x=1');
			await fetch(`${receiver.origin}/healthz?token=query-secret-5521`);
		} finally {
			await receiver.close();
		}
		const log = lines.join('');
		expect(log).toContain('/api/v1/ping?[redacted]'); // the request was logged, its query was not
		expect(log).not.toContain('query-secret-5521');
		expect(log).not.toContain('access_token');
	});
});
