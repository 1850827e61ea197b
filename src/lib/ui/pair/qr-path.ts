/**
 * Pure: a QR module matrix as one SVG path. Each run of dark modules in a row becomes one
 * rectangle, so a version-15 symbol is a few hundred commands instead of thousands of
 * <rect> elements, and `shape-rendering: crispEdges` keeps the edges sharp at any size.
 */
export function modulesToPath(modules: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return parts.join('');
}

/** The symbol for `text` at error correction M with the standard four-module quiet zone; the encoder is loaded only here. */
export async function joinQrSymbol(text: string): Promise<{ size: number; path: string; version: number }> {
	const { encode } = await import('uqr');
	const { data, size, version } = encode(text, { ecc: 'M', border: 4 });
	return { size, path: modulesToPath(data), version };
}
