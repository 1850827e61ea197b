import { m } from '$lib/paraglide/messages';
import type { ReviewType } from '$lib/review/schema';

// One entry per type, so a new review type is a type error until it has a name.
export const REVIEW_TYPE_LABEL: Record<ReviewType, () => string> = {
	external: m['home.type.external'],
	self: m['home.type.self']
};
