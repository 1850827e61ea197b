import { createHash } from 'node:crypto';

/** The one canonical form, shared with the app's rating lock. */
export { canonicalJson } from '../src/lib/review/canonical';

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
