import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receipt } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from '../receiver/harness';

const CODE = '131052-308T';

function withCodes() {
	const doc = buildFreshReview();
	doc.items[0]!.notes[0]!.text = `Asiakas ${CODE}`;
	doc.conclusions = `Myös 010101B002S ja väärä 131052-308U`;
	return doc;
}

describe('the receiver flags documents holding identity codes (stores them, counts the codes)', () => {
	let receiver: Receiver;
	const lines: string[] = [];
	beforeAll(async () => {
		receiver = await startReceiver({ logger: true, logStream: { write: (line) => void lines.push(line) } });
	});
	afterAll(() => receiver.close());

	it('stores a document with codes and counts only the valid ones in the receipt', async () => {
		const doc = withCodes();
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(201);
		expect(Receipt.parse(await response.json()).personalData).toEqual({ identityCodes: 2 });
	});

	it('gives a retry the same flag', async () => {
		const doc = withCodes();
		await receiver.put(pathOf(doc), doc);
		const again = await receiver.put(pathOf(doc), doc);
		expect(again.status).toBe(200);
		expect(Receipt.parse(await again.json())).toMatchObject({ duplicate: true, personalData: { identityCodes: 2 } });
	});

	it('says 0 for a document without codes', async () => {
		const doc = buildFreshReview();
		const receipt = Receipt.parse(await (await receiver.put(pathOf(doc), doc)).json());
		expect(receipt.personalData).toEqual({ identityCodes: 0 });
	});

	it('never writes a code to its log, nor echoes one in a refusal', async () => {
		const refused = { ...withCodes(), finishedAt: null };
		const response = await receiver.put(pathOf(refused), refused);
		expect(response.status).toBe(422);
		expect(await response.text()).not.toContain(CODE);
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.join('')).not.toContain(CODE);
		expect(lines.join('')).not.toContain('010101B002S');
	});
});
