import { m } from '$lib/paraglide/messages';
import type { TextTarget } from '$lib/review/text-targets';
import type { FinishCheck } from '$lib/state/finish-guard';
import { saveErrorText } from '$lib/ui/save-error';

/** The screen a text field is on, so a conflict listed at the top of the workspace can link to it. */
export function whereIs(reviewId: string, target: TextTarget): { href: string; label: string } {
	switch (target.kind) {
		case 'item':
		case 'evidence':
		case 'note':
		case 'rating-evidence':
		case 'rating-notes':
			return { href: `/review/${reviewId}/item/${target.item}`, label: m['conflict.whereItem']({ n: target.item }) };
		case 'interview':
		case 'session':
		case 'sessionNote':
		case 'plan':
		case 'visit':
		case 'conclusions':
			return { href: `/review/${reviewId}/visit`, label: m['conflict.whereVisit']() };
		case 'consensus-reason':
			return { href: `/review/${reviewId}/consensus`, label: m['conflict.whereItem']({ n: target.item }) };
		case 'record':
			return { href: `/review/${reviewId}/records`, label: m['records.title']() };
		case 'action':
			return { href: `/review/${reviewId}/summary`, label: m['conflict.whereSummary']() };
	}
}

/** Why finishing was refused, and what to do: the write's own message first, then the way out. */
export function refusalText(check: Exclude<FinishCheck, { kind: 'ok' }>): string {
	switch (check.kind) {
		case 'unsaved':
			return `${saveErrorText(check.failure)} ${m['conflict.finish.unsaved']()}`;
		case 'saving':
			return m['conflict.finish.saving']();
		case 'conflicts':
			return m['conflict.finish.conflicts']({ count: check.count });
	}
}
