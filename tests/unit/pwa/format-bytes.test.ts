import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/pwa/storage';

describe('formatBytes: decimal units, one decimal above bytes, the language’s decimal mark', () => {
	it.each([
		[0, 'fi', '0 B'],
		[999, 'fi', '999 B'],
		[1000, 'fi', '1 kB'],
		[1049, 'fi', '1 kB'],
		[1050, 'fi', '1,1 kB'],
		[1550, 'en', '1.6 kB'],
		[999_949, 'sv', '999,9 kB'],
		[999_950, 'fi', '1000 kB'], // rounds up after the unit is chosen, as toLocaleString did (without its group space)
		[1_000_000, 'fi', '1 MB'],
		[52_400_000, 'en', '52.4 MB'],
		[2_500_000_000, 'fi', '2,5 GB'],
		[3_000_000_000_000, 'en', '3000 GB']
	] as const)('%d in %s → %s', (n, locale, text) => {
		expect(formatBytes(n, locale)).toBe(text);
	});
});
