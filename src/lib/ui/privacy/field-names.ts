import { m } from '$lib/paraglide/messages';
import type { FieldPlace } from '$lib/privacy/document';

/**
 * Names and screens for the fields findIdentityCodes reports. A field this map
 * does not know (added by a newer format) is still listed, by its key: being
 * told about a code in an oddly named field beats not being told.
 */
const NAMES: Record<string, () => string> = {
	text: m['privacy.field.note'],
	role: m['privacy.field.role'],
	when: m['privacy.field.when'],
	evidence: m['privacy.field.evidence'],
	strengths: m['privacy.field.strengths'],
	recommendations: m['privacy.field.recommendations'],
	conclusions: m['privacy.field.conclusions'],
	documentsChecked: m['privacy.field.documentsChecked'],
	schedule: m['privacy.field.schedule'],
	service: m['privacy.field.service'],
	organisation: m['privacy.field.organisation'],
	place: m['privacy.field.place'],
	reviewers: m['privacy.field.reviewers']
};

export function fieldName(place: FieldPlace): string {
	const name = Object.hasOwn(NAMES, place.field) ? NAMES[place.field]!() : place.field;
	return place.item === null ? name : m['privacy.field.inItem']({ n: place.item, field: name });
}

/** The screen of the review where the field is typed, or null when unknown. */
export function fieldHref(reviewId: string, path: readonly (string | number)[], place: FieldPlace): string | null {
	if (place.item !== null) return `/review/${reviewId}/item/${place.item}`;
	if (path[0] === 'visit' || path[0] === 'conclusions') return `/review/${reviewId}/visit`;
	if (path[0] === 'meta') return `/review/${reviewId}`;
	return null;
}
