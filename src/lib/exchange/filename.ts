/**
 * File names that survive every file system and e-mail client: the service name
 * folded to ASCII (ä → a, ö → o, å → a), anything else to dashes, then the date.
 */
export function slug(text: string, max = 60): string {
	const folded = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return folded.slice(0, max).replace(/-+$/, '') || 'arviointi';
}

export function reviewFileName(service: string, startDate: string, revision: number): string {
	return `${slug(service)}-${startDate}-v${revision}.json`;
}

export function backupFileName(date: string): string {
	return `laatuarvio-varmuuskopio-${date}.json`;
}

export function scoresFileName(date: string): string {
	return `laatuarvio-pisteet-${date}.csv`;
}
