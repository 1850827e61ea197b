/**
 * HTML built with a tagged template that escapes every interpolation, so no
 * stored text (service names, notes, anything a client uploaded) can become
 * markup. Only values already produced by `html` pass through unescaped.
 */
export class SafeHtml {
	constructor(readonly text: string) {}
	toString(): string {
		return this.text;
	}
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
	if (part === null || part === undefined || part === false) return '';
	if (part instanceof SafeHtml) return part.text;
	if (Array.isArray(part)) return part.map(render).join('');
	return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
	let out = strings[0]!;
	values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
	return new SafeHtml(out);
}
