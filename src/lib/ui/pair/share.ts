import { download } from '$lib/ui/exchange/download';
import { slug } from '$lib/exchange/filename';

/**
 * Hands a pair file over: through the system share sheet where the browser can share files
 * (Web Share API level 2, mostly tablets and phones), as a download everywhere else. A share
 * the reviewer cancels is not an error; any other failure of the share sheet falls back to
 * the download, so the file always gets out.
 */
export async function shareOrDownload(text: string, fileName: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
	const type = 'application/json';
	const file = typeof File === 'function' ? new File([text], fileName, { type }) : null;
	if (file && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: fileName });
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	download(text, fileName, type);
	return 'downloaded';
}

export const joinFileName = (service: string, date: string) => `${slug(service)}-liittymistiedosto-${date}.json`;
export const ratingFileName = (service: string, reviewer: string, date: string) =>
	`${slug(service)}-arvio-${slug(reviewer, 30)}-${date}.json`;
