import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time from /proc (Linux), for the receiver benches: this process's main thread
 * alone (process.cpuUsage() would add the clients' worker thread), the whole process,
 * and one PostgreSQL cluster's processes (the pool's backends stay connected for the
 * whole run, so an ended backend's time is never missed). CPU time, unlike uploads/s,
 * says what an upload costs even when other work shares the machine.
 */
const TICKS_PER_SECOND = 100;

/** utime + stime, in ms, of one /proc stat line (fields after the command's closing parenthesis). */
function cpuMs(stat: string): number {
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export const mainThreadCpu = (): number => cpuMs(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));

/** The whole process: main thread, the clients' worker, V8's and libuv's helper threads. */
export const processCpu = (): number => cpuMs(readFileSync('/proc/self/stat', 'utf8'));

/**
 * One PostgreSQL cluster's processes: its postmaster (`postmasterPid`, the first line of
 * DATA/postmaster.pid) and every process it started. Other clusters on the machine
 * (other test runs) are not counted.
 */
export function postgresCpu(postmasterPid: number): number {
	let sum = 0;
	for (const pid of readdirSync('/proc')) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (Number(pid) === postmasterPid || parent === postmasterPid) sum += cpuMs(stat);
		} catch {
			// the process ended meanwhile
		}
	}
	return sum;
}

/** The postmaster of a cluster started by scripts/postgres.sh in `dir`. */
export const postmasterOf = (dir: string): number => Number(readFileSync(`${dir}/data/postmaster.pid`, 'utf8').split('\n')[0]);
