import { afterFirstScreen } from '$lib/pwa/after-first-screen';

/**
 * The frame's deferred parts (AfterStart.svelte), fetched once the first screen has drawn its
 * content (or after `afterFirstScreen`'s fallback). One promise per page: the root layout
 * mounts once.
 */
let loading: Promise<typeof import('./AfterStart.svelte')> | null = null;

export function afterStart(): Promise<typeof import('./AfterStart.svelte')> {
	return (loading ??= afterFirstScreen().then(() => import('./AfterStart.svelte')));
}
