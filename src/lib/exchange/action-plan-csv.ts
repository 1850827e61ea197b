import type { Edition } from '../instrument/schema';
import { orderedPlan } from '../review/action-plan';
import type { ActionPriority, ReviewDocument } from '../review/schema';
import { toCsv, type Cell } from './csv';

/**
 * The action plans as a table: one row per action, reviews in the order given,
 * each plan in its reading order (priority, then the lower-scoring criterion).
 * Only the stored plan: a recommendation the reviewer never gathered is in the
 * report's plan page, but a spreadsheet row is an action somebody agreed to.
 * Header words come from the UI language; the criterion title stays Finnish.
 */
export type ActionPlanCsvLabels = {
	id: string;
	revision: string;
	service: string;
	startDate: string;
	priority: string;
	item: string;
	criterion: string;
	action: string;
	targetDate: string;
	priorities: Record<ActionPriority, string>;
};

export function actionPlanCsv(
	docs: readonly ReviewDocument[],
	editionOf: (id: string) => Edition | undefined,
	labels: ActionPlanCsvLabels
): string {
	const header: Cell[] = [
		labels.id,
		labels.revision,
		labels.service,
		labels.startDate,
		labels.priority,
		labels.item,
		labels.criterion,
		labels.action,
		labels.targetDate
	];
	const rows = docs.flatMap((doc) => {
		const edition = editionOf(doc.edition);
		return orderedPlan(doc).map((e): Cell[] => [
			doc.id,
			doc.revision,
			doc.meta.service,
			doc.meta.startDate,
			labels.priorities[e.priority],
			e.item,
			edition?.items.find((i) => i.number === e.item)?.title ?? null,
			e.text,
			e.targetDate
		]);
	});
	return toCsv([header, ...rows]);
}

export function actionPlanFileName(date: string): string {
	return `laatuarvio-toimenpiteet-${date}.csv`;
}
