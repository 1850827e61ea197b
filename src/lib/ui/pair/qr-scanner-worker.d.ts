// qr-scanner ships no types for its worker file; it exports one function (see qr-worker.ts).
declare module 'qr-scanner/qr-scanner-worker.min.js' {
	export const createWorker: () => Worker;
}
