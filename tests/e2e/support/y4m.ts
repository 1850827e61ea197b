import { writeFileSync } from 'node:fs';

/**
 * A tiny YUV4MPEG2 writer for Chromium's fake camera (`--use-file-for-fake-video-capture`).
 * The format is a one-line header and, per frame, `FRAME\n` and the raw planes of 4:2:0
 * video: luma at full size, then the two chroma planes at half width and height. A grey
 * picture needs only the luma; both chroma planes are 128 (no colour). Chromium loops the
 * file, so a few identical frames make a steady picture.
 */
export function writeGreyY4m(path: string, luma: Uint8Array, width: number, height: number, frames = 3): void {
	if (width % 2 || height % 2) throw new Error('4:2:0 needs even sides');
	if (luma.length !== width * height) throw new Error(`luma is ${luma.length} bytes, expected ${width * height}`);
	const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
	const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), luma, chroma, chroma]);
	writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/** BT.601 luma of RGBA pixels, as the camera would see a grey-scale picture. */
export function lumaOf(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
	const out = new Uint8Array(rgba.length / 4);
	for (let i = 0; i < out.length; i++) out[i] = Math.round(0.299 * rgba[4 * i]! + 0.587 * rgba[4 * i + 1]! + 0.114 * rgba[4 * i + 2]!);
	return out;
}
