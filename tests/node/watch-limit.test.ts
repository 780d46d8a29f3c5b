// A system out of inotify watches: Node reports ENOSPC once per folder it could not watch; the owner hears it once,
// with the setting that fixes it.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { NodeVaultStore } from "../../src/node/vault-store";
import { tempDir } from "./helpers";

function enospc(folder: string): Error {
	return Object.assign(new Error(`ENOSPC: System limit for number of file watchers reached, watch '${folder}'`), { code: "ENOSPC", syscall: "watch" });
}

/** A recursive watcher that fails on every folder, as fs.watch does when inotify has no watches left. */
class ExhaustedWatcher extends EventEmitter {
	closed = false;
	close(): void {
		this.closed = true;
	}
}

describe("the vault watcher when the system is out of inotify watches", () => {
	it("reports the limit once, with the fix, however many folders fail", () => {
		const errors: Error[] = [];
		const watcher = new ExhaustedWatcher();
		const store = new NodeVaultStore(tempDir(), { onWatchError: (e) => errors.push(e), watchFolder: () => watcher });
		const stop = store.watch(() => undefined);
		for (let i = 0; i < 88; i++) watcher.emit("error", enospc(`/vault/folder-${i}`));
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toContain("limit of watched folders is reached (ENOSPC from inotify)");
		expect(errors[0]!.message).toContain("sudo sysctl fs.inotify.max_user_watches=524288");
		// Other failures still come through as they are.
		watcher.emit("error", Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
		expect(errors).toHaveLength(2);
		stop();
		expect(watcher.closed).toBe(true);
	});

	it("says how to fix it when the watch cannot even start", () => {
		const store = new NodeVaultStore(tempDir(), {
			watchFolder: () => {
				throw enospc("/vault");
			},
		});
		expect(() => store.watch(() => undefined)).toThrow(/fs\.inotify\.max_user_watches/);
	});
});
