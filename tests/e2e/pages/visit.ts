import { expect, type Locator, type Page } from '@playwright/test';
import type { ReviewDocument, Session, SessionNote } from '../../../src/lib/review/schema';

/**
 * Steps on the visit tab (/review/[id]/visit): sessions and their tagged notes, the
 * plan, coverage and search. Labels are the Finnish UI's, as a reviewer reads them.
 */
export class VisitPage {
	constructor(readonly page: Page) {}

	sessions(): Locator {
		return this.page.getByTestId('session');
	}

	/** Adds a session of a kind ("Haastattelu", "Havainnointi", "Asiakirjat") and types its role. */
	async addSession(kind: string, role: string): Promise<Locator> {
		const before = await this.sessions().count();
		await this.page.getByRole('button', { name: `Uusi: ${kind}` }).click();
		const session = this.sessions().nth(before);
		await expect(session.getByLabel('Rooli', { exact: true })).toBeFocused();
		await this.page.keyboard.type(role);
		return session;
	}

	async addNote(session: Locator, text: string): Promise<Locator> {
		const notes = session.getByTestId('session-note');
		const before = await notes.count();
		await session.getByRole('button', { name: 'Uusi muistiinpano' }).click();
		const note = notes.nth(before);
		await expect(note.getByRole('textbox')).toBeFocused();
		await this.page.keyboard.type(text);
		return note;
	}

	chip(note: Locator, item: number): Locator {
		return note.getByTestId(`chip-${item}`);
	}

	/** Taps a criterion chip and waits for it to show pressed (after the commit). */
	async tag(note: Locator, item: number): Promise<void> {
		await this.chip(note, item).click();
		await expect(this.chip(note, item)).toHaveAttribute('aria-pressed', 'true');
	}
}

const CREATED = '2026-11-02T09:00:00+02:00';

/** A session for seeding, with notes tagged [item, sub-criteria] as given. */
export function seededSession(id: string, kind: Session['kind'], role: string, notes: [string, string, [number, string[]?][]][]): Session {
	return {
		id,
		kind,
		role,
		date: '2026-11-02',
		time: '09:30',
		minutes: 45,
		when: '',
		notes: notes.map(([noteId, text, tags]): SessionNote => ({
			id: noteId,
			text,
			tags: tags.map(([item, subs]) => ({ item, subCriteria: subs ?? [] })),
			createdAt: CREATED
		}))
	};
}

export const withSessions =
	(...sessions: Session[]) =>
	(doc: ReviewDocument): ReviewDocument => ({ ...doc, visit: { ...doc.visit, sessions } });
