import { m } from '$lib/paraglide/messages';
import type { FileFailure, Issue, JoinCheck, RatingCheck } from '$lib/consensus/files';
import { JOIN_KIND } from '$lib/consensus/files';

/** Schema issues as `path (code)`, the same in every refusal that lists them. */
export const issuesText = (issues: readonly Issue[]) => issues.map((i) => `${i.path} (${i.code})`).join(', ');

/** Plain words for every way a join or rating file is refused (src/lib/consensus/files.ts). */
export function fileFailureText(failure: FileFailure | { kind: 'too-large' }): string {
	switch (failure.kind) {
		case 'empty':
			return m['pair.refused.empty']();
		case 'truncated':
		case 'not-json':
		case 'too-large':
			return m['pair.refused.unreadable']();
		case 'wrong-kind':
			return m['pair.refused.wrongKind']({ expected: failure.expected === JOIN_KIND ? m['pair.files.join']() : m['pair.files.importRating']() });
		case 'unsupported-version':
			return m['pair.refused.version']({ found: failure.found });
		case 'invalid':
			return m['pair.refused.invalid']({ issues: issuesText(failure.issues) });
		default:
			return m['pair.refused.unreadable']();
	}
}

export function joinRefusalText(check: Extract<JoinCheck, { ok: false }>): string {
	return check.kind === 'exists' ? m['pair.refused.exists']() : m['pair.refused.unknownEdition']();
}

export function ratingRefusalText(check: Extract<RatingCheck, { ok: false }>): string {
	const words: Record<typeof check.kind, () => string> = {
		'other-review': m['pair.refused.otherReview'],
		'other-edition': m['pair.refused.otherEdition'],
		'not-pair': m['pair.refused.notPair'],
		'unknown-reviewer': m['pair.refused.unknownReviewer'],
		'not-locked': m['pair.refused.notLocked'],
		tampered: m['pair.refused.tampered'],
		identical: m['pair.refused.identical']
	};
	return words[check.kind]();
}
