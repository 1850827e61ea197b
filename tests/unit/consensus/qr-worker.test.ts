import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { workerDecoder, type DecoderWorker } from '../../../src/lib/ui/pair/qr-worker';
import { decodeQrInNode } from '../../support/qr-decode-node';

/** A worker stand-in that records what it was sent and answers only when told to. */
function scriptedWorker() {
	const sent: unknown[] = [];
	const listeners: Record<string, ((event: MessageEvent) => void)[]> = { message: [], error: [] };
	let terminated = false;
	const worker = {
		postMessage: (data: unknown) => sent.push(data),
		addEventListener: (type: string, listener: (event: MessageEvent) => void) => listeners[type]?.push(listener),
		terminate: () => (terminated = true)
	} as unknown as DecoderWorker;
	const reply = (data: unknown) => listeners.message!.forEach((l) => l({ data } as MessageEvent));
	const fail = () => listeners.error!.forEach((l) => l({} as MessageEvent));
	return { worker, sent, reply, fail, terminated: () => terminated };
}

const FRAME = { data: new Uint8ClampedArray(4), width: 1, height: 1 };

describe('workerDecoder: one answer per frame, matched by id', () => {
	it('asks the worker to try inverted codes too, then sends each frame with its own id', () => {
		const w = scriptedWorker();
		const decoder = workerDecoder(w.worker);
		void decoder.decode(FRAME);
		void decoder.decode(FRAME);
		expect(w.sent).toEqual([
			{ type: 'inversionMode', data: 'both' },
			{ id: 0, type: 'decode', data: FRAME },
			{ id: 1, type: 'decode', data: FRAME }
		]);
	});

	it('answers out of order reach the right frame', async () => {
		const w = scriptedWorker();
		const decoder = workerDecoder(w.worker);
		const first = decoder.decode(FRAME);
		const second = decoder.decode(FRAME);
		w.reply({ id: 1, type: 'qrResult', data: 'toinen' });
		w.reply({ id: 0, type: 'qrResult', data: null });
		expect(await second).toBe('toinen');
		expect(await first).toBeNull();
	});

	it.each([
		['another kind of message', { id: 0, type: 'other', data: 'x' }],
		['an unknown id', { id: 7, type: 'qrResult', data: 'x' }],
		['no id', { type: 'qrResult', data: 'x' }],
		['not an object', 'qrResult'],
		['null', null]
	])('ignores %s', async (_name, message) => {
		const w = scriptedWorker();
		const decoder = workerDecoder(w.worker);
		const pending = decoder.decode(FRAME);
		w.reply(message);
		w.reply({ id: 0, type: 'qrResult', data: 'oikea' });
		expect(await pending).toBe('oikea');
	});

	it.each([
		['a number', 42],
		['an object', { text: 'x' }]
	])('a result that is %s reads as no code', async (_name, data) => {
		const w = scriptedWorker();
		const pending = workerDecoder(w.worker).decode(FRAME);
		w.reply({ id: 0, type: 'qrResult', data });
		expect(await pending).toBeNull();
	});

	it('a failed worker: every waiting frame reads as no code', async () => {
		const w = scriptedWorker();
		const decoder = workerDecoder(w.worker);
		const pending = [decoder.decode(FRAME), decoder.decode(FRAME)];
		w.fail();
		expect(await Promise.all(pending)).toEqual([null, null]);
	});

	it('close ends the worker, settles what waits, and later frames are not sent', async () => {
		const w = scriptedWorker();
		const decoder = workerDecoder(w.worker);
		const pending = decoder.decode(FRAME);
		decoder.close();
		expect(w.terminated()).toBe(true);
		expect(await pending).toBeNull();
		expect(await decoder.decode(FRAME)).toBeNull();
		expect(w.sent).toHaveLength(2);
	});
});

/** An RGBA picture of a code, `scale` px a module; `invert` paints it light on dark. */
function picture(text: string, scale: number, invert = false) {
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	const side = size * scale;
	const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let py = 0; py < side; py++)
		for (let px = 0; px < side; px++) {
			const dark = data[Math.floor(py / scale)]![Math.floor(px / scale)]! !== invert;
			if (dark) rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
		}
	return { data: rgba, width: side, height: side };
}

describe('the real decoder (qr-scanner worker code, run in Node)', () => {
	const usual = `LAJ1:${JSON.stringify(['0b6d3f7e-1d2c-4c3b-9a8e-7f6e5d4c3b2a', 'fi-2021-11-01', '2026-11-30T10:00:00.000Z', 'Työhönvalmennus Pohjois-Savo', 'Hyvinvointialue', 'Kuopio', ['Aino Arvioija', 'Bertil Bedömare'], '2026-11-02', '2026-11-03', 'external', ['Aino Arvioija', 'Bertil Bedömare']])}`;
	it.each([
		['a usual join code, 3 px a module', usual, 3, false],
		['Finnish and Swedish letters, emoji', 'LAJ1:["Äänekoski 🏢","Åsa Bedömare"]', 4, false],
		['light on dark (a screen in dark mode)', 'LAJ1:["käänteinen"]', 4, true]
	])('%s reads back exactly', async (_name, text, scale, invert) => {
		expect(await decodeQrInNode(picture(text, scale, invert))).toBe(text);
	});

	it('the caller\'s frame is left as it was (a real worker decodes a copy; the browser test writes the frame to the fake camera after decoding it)', async () => {
		const frame = picture('LAJ1:["kopio"]', 3);
		const before = frame.data.slice();
		expect(await decodeQrInNode(frame)).toBe('LAJ1:["kopio"]');
		expect(frame.data).toEqual(before);
	});

	it('a blank frame reads as no code', async () => {
		expect(await decodeQrInNode({ data: new Uint8ClampedArray(200 * 200 * 4).fill(200), width: 200, height: 200 })).toBeNull();
	});
});
