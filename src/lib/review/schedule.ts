/**
 * When a service is due its next review. The quality criteria are reviewed every
 * six months until the service reaches 100 points (the "good" level), then once a
 * year. The interval counts from the previous review's start date, because that is
 * the date the organisations agree on; the visit may last several days.
 */
export const YEARLY_FROM_TOTAL = 100;

export function reviewIntervalMonths(previousTotal: number): 6 | 12 {
	return previousTotal >= YEARLY_FROM_TOTAL ? 12 : 6;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The ISO date the next review is due. Calendar arithmetic on the date's own
 * parts (no Date object, so no time zone can move it by a day); a day past the
 * end of the target month falls back to that month's last day (31 Aug + 6 → 28/29 Feb).
 */
export function nextReviewDue(previousStartDate: string, previousTotal: number): string {
	const m = ISO_DATE.exec(previousStartDate);
	if (!m) throw new RangeError(`not an ISO date: ${previousStartDate}`);
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const months = year * 12 + (month - 1) + reviewIntervalMonths(previousTotal);
	const y = Math.floor(months / 12);
	const mo = (months % 12) + 1;
	const d = Math.min(day, daysInMonth(y, mo));
	return `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeap(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number) => String(n).padStart(2, '0');
