/*
 * The service worker's whole part in uploading (docs/decisions.md, "One upload queue"):
 * it holds no request, no token and no review. Imported into the generated worker
 * (vite.config.ts, workbox.importScripts); plain script, no bundler.
 */

// Must equal SYNC_TAG and WAKE_MESSAGE in src/lib/sync/scheduler.svelte.ts.
const LAATUARVIO_SYNC_TAG = 'laatuarvio-outbox';
const LAATUARVIO_WAKE = 'laatuarvio:drain';

// Connectivity is back (Background Sync, where the browser has it): wake the app's own
// uploader in every open window. It reads the endpoint and token as they are now, so a
// connection removed or changed meanwhile is respected. With no window open nothing is
// sent; the app drains at its next start.
self.addEventListener('sync', (event) => {
	if (event.tag !== LAATUARVIO_SYNC_TAG) return;
	event.waitUntil(
		self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
			for (const client of windows) client.postMessage({ type: LAATUARVIO_WAKE });
		})
	);
});

// Earlier versions let Workbox replay failed PUTs from its own database, which kept the
// Authorization header and the whole review. Delete it so installed devices lose them.
// 'blocked' (an older worker still has it open) is not waited for: the deletion completes
// once that connection closes, and activation must not hang on it.
self.addEventListener('activate', (event) => {
	event.waitUntil(
		new Promise((resolve) => {
			const request = indexedDB.deleteDatabase('workbox-background-sync');
			request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
		})
	);
});
