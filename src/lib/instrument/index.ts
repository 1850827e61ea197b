import { fi20211101 } from './editions/fi-2021-11-01';
import type { Edition, Item } from './schema';

/**
 * The registry of editions. Editions are checked against the zod schema by the unit
 * tests, not here: parsing 25 items on every start-up would cost time and buy nothing,
 * since the data is code and cannot change after the build.
 */
export const editions: readonly Edition[] = [fi20211101];

/** New reviews start on this edition; reviews keep the edition they were started on. */
export const LATEST_EDITION_ID = fi20211101.id;

export function getEdition(id: string): Edition | undefined {
	return editions.find((e) => e.id === id);
}

export function itemOf(edition: Edition, number: number): Item | undefined {
	return edition.items.find((it) => it.number === number);
}
