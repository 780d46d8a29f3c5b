// Whether a process id is running on this machine, for taking over a crashed runner's lock at once.

/** EPERM means the process runs under another user: alive. */
export function processIsAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return typeof err === "object" && err !== null && "code" in err && err.code === "EPERM";
	}
}
