import type { WriteFailure } from '$lib/db/errors';
import { m } from '$lib/paraglide/messages';

/**
 * A failed write in the reviewer's words. Spelled out per kind rather than built from
 * `kind` into a key: a new kind of failure is then a type error here, and a screen's
 * code carries only these strings instead of every message the app has.
 */
export function saveErrorText(failure: WriteFailure, message = 'message' in failure ? failure.message : ''): string {
	switch (failure.kind) {
		case 'storage-full':
			return m['app.saveError.storage-full']();
		case 'read-only':
			return m['app.saveError.read-only']();
		case 'not-found':
			return m['app.saveError.not-found']();
		case 'unsent':
			return m['app.saveError.unsent']();
		case 'invalid':
			return m['app.saveError.invalid']({ message });
		case 'locked':
			return m['lock.saveError']();
		case 'unknown':
			return m['app.saveError.unknown']({ message });
	}
}
