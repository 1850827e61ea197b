/**
 * A QR decoder in a worker: qr-scanner's decoder (MIT, a trimmed and optimised jsQR, 10 KB
 * gzip against jsQR's 45), used where the browser has no BarcodeDetector for QR codes
 * (decision 27, amended). Only the worker file is used, not qr-scanner's scanner class: the
 * camera and the frame drawing are ours, and the class would add 6 KB to the precache.
 *
 * The worker's messages (qr-scanner 1.4, pinned in package.json): `{ id, type: 'decode', data:
 * ImageData }` is answered by `{ id, type: 'qrResult', data: string | null }`;
 * `{ type: 'inversionMode', data: 'both' }` also tries light-on-dark codes.
 *
 * Kept free of the DOM so the same code runs in Node against the real decoder
 * (tests/support/qr-decode-node.ts).
 */
export type DecoderWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;
export type Pixels = { data: Uint8ClampedArray; width: number; height: number };
export type WorkerDecoder = { decode(frame: Pixels): Promise<string | null>; close(): void };

export function workerDecoder(worker: DecoderWorker): WorkerDecoder {
	let nextId = 0;
	const waiting = new Map<number, (text: string | null) => void>();
	/** A failed worker answers nothing; every frame waiting for it reads as "no code". */
	const giveUp = () => {
		for (const resolve of waiting.values()) resolve(null);
		waiting.clear();
	};
	worker.addEventListener('message', (event: MessageEvent) => {
		const reply = event.data as { id?: unknown; type?: unknown; data?: unknown } | null;
		if (reply?.type !== 'qrResult' || typeof reply.id !== 'number') return;
		const resolve = waiting.get(reply.id);
		waiting.delete(reply.id);
		resolve?.(typeof reply.data === 'string' ? reply.data : null);
	});
	worker.addEventListener('error', giveUp);
	worker.postMessage({ type: 'inversionMode', data: 'both' });
	let closed = false;
	return {
		/** The frame's pixels are handed over to the worker (it decodes in their buffer); don't reuse them. */
		decode(frame) {
			if (closed) return Promise.resolve(null);
			const id = nextId++;
			return new Promise((resolve) => {
				waiting.set(id, resolve);
				worker.postMessage({ id, type: 'decode', data: frame }, [frame.data.buffer]);
			});
		},
		close() {
			closed = true;
			giveUp();
			worker.terminate();
		}
	};
}
