import { LIMITS, ReviewMeta, type ReviewType } from '$lib/review/schema';

/** The create form as typed: every field a string, reviewers one input each. */
export type NewReviewFields = {
	service: string;
	organisation: string;
	place: string;
	reviewers: string[];
	startDate: string;
	endDate: string;
	reviewType: ReviewType;
	editionId: string;
};

export const MAX_REVIEWERS = 10;

/** Message keys under `home.form.errors`, one per field; the form shows each beside its field. */
export type FieldErrors = Partial<{
	service: 'serviceRequired' | 'tooLong';
	organisation: 'tooLong';
	place: 'tooLong';
	reviewers: 'reviewerRequired' | 'tooLong';
	startDate: 'startRequired' | 'dateInvalid';
	endDate: 'dateInvalid' | 'endBeforeStart';
	/** Only if the schema refuses what the checks here let through: its own message, shown above the form. */
	form: string;
}>;

export type Validation = { ok: true; meta: ReviewMeta } | { ok: false; errors: FieldErrors };

/** A field's error, as the form words it (`home.form.errors.<key>`). */
export type FieldErrorKey = NonNullable<FieldErrors[Exclude<keyof FieldErrors, 'form'>]>;

/** The order the form shows its fields in, so focus goes to the first one in error. */
export const FIELD_ORDER = ['service', 'organisation', 'place', 'reviewers', 'startDate', 'endDate'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day: 2025-02-30 matches the pattern but is not one. */
function isIsoDate(s: string): boolean {
	const m = ISO_DATE.exec(s);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === s;
}

const tooLong = (s: string) => s.length > LIMITS.shortText;

export function validateNewReview(fields: NewReviewFields): Validation {
	const service = fields.service.trim();
	const organisation = fields.organisation.trim();
	const place = fields.place.trim();
	const reviewers = fields.reviewers.map((r) => r.trim()).filter(Boolean);
	const { startDate, endDate } = fields;
	const errors: FieldErrors = {};

	if (!service) errors.service = 'serviceRequired';
	else if (tooLong(service)) errors.service = 'tooLong';
	if (tooLong(organisation)) errors.organisation = 'tooLong';
	if (tooLong(place)) errors.place = 'tooLong';
	if (reviewers.length === 0) errors.reviewers = 'reviewerRequired';
	else if (reviewers.some(tooLong)) errors.reviewers = 'tooLong';
	if (!startDate) errors.startDate = 'startRequired';
	else if (!isIsoDate(startDate)) errors.startDate = 'dateInvalid';
	if (endDate && !isIsoDate(endDate)) errors.endDate = 'dateInvalid';
	// ISO dates compare correctly as strings.
	else if (endDate && !errors.startDate && endDate < startDate) errors.endDate = 'endBeforeStart';

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const meta: ReviewMeta = {
		service,
		organisation,
		place,
		reviewers: reviewers.slice(0, MAX_REVIEWERS),
		startDate,
		endDate: endDate || null,
		reviewType: fields.reviewType
	};
	// The schema is the last word: whatever the checks above missed is refused here, not stored.
	const parsed = ReviewMeta.safeParse(meta);
	if (parsed.success) return { ok: true, meta: parsed.data };
	const issue = parsed.error.issues[0];
	return { ok: false, errors: { form: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' } };
}

/**
 * What the reviewer's profile fills in, on a form that may already be half typed: the
 * first reviewer's name, if that field is empty. Never the service's organisation: the
 * profile's organisation is the reviewer's own (the one that reviews), and the service
 * reviewed is usually run by someone else, so copying it in put the wrong organiser
 * into reviews that were not corrected.
 */
export function prefillFromProfile(fields: NewReviewFields, profile: { name: string }): NewReviewFields {
	if (fields.reviewers[0] || !profile.name) return fields;
	return { ...fields, reviewers: [profile.name, ...fields.reviewers.slice(1)] };
}
