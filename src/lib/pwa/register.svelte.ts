import { afterFirstScreen } from './after-first-screen';

/**
 * The service worker's lifecycle as the UI sees it. A new version waits until the
 * reviewer chooses to update (never a silent skipWaiting under an open review).
 */
class PwaState {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;
	#started = false;

	start(): void {
		if (this.#started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#started = true;
		// workbox-window arrives after the first screen: registering can wait, drawing the list cannot.
		void afterFirstScreen()
			.then(() => import('virtual:pwa-register'))
			.then(({ registerSW }) => this.#register(registerSW))
			.catch(() => {
				// The app keeps working without the worker client; the next start tries again.
				this.#started = false;
			});
	}

	#register(registerSW: typeof import('virtual:pwa-register').registerSW): void {
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				// Look for a new version hourly while the app stays open for a two-day visit.
				if (registration) setInterval(() => void registration.update().catch(() => {}), 60 * 60 * 1000);
			}
		});
	}

	/** Called only from the reviewer's own tap, after open work has been flushed. */
	async applyUpdate(flush: () => Promise<void>): Promise<void> {
		await flush();
		await this.#update?.(true);
	}

	dismiss(): void {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const pwa = new PwaState();
