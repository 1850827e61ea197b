import { Dexie } from 'dexie';

/** Every row of every store of database `name`, as stored, read without the app's middleware. */
export async function rawStores(name: string): Promise<Record<string, unknown[]>> {
	const plain = new Dexie(name);
	await plain.open();
	const out: Record<string, unknown[]> = {};
	for (const t of plain.tables) out[t.name] = await t.toArray();
	plain.close();
	return out;
}
