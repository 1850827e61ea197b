/**
 * Code the first screen does not need (the upload engine with the schema behind
 * it, the service-worker client) waits until the screen a reviewer opened has
 * drawn its content, so it does not compete with the reviews list or an item on
 * a slow tablet. Screens call `firstScreenDrawn()` once their content is shown; a
 * screen that does not is covered by `maxMs`, so nothing waits forever.
 */
let drawn: () => void = () => {};
const shown = new Promise<void>((resolve) => (drawn = resolve));

export function firstScreenDrawn(): void {
	drawn();
}

export function afterFirstScreen(maxMs = 1500): Promise<void> {
	const painted = shown.then(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
	return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
