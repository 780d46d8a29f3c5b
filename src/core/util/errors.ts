// Error categories shared by the executor, connectors and the failure queue.

export type ErrorCategory = "transient" | "auth" | "logic" | "data" | "system";

/** An error that knows its category and what the user can do about it. */
export class CategorizedError extends Error {
	constructor(
		readonly category: ErrorCategory,
		message: string,
		readonly suggestion: string,
		/** True only when the connector can prove the request never reached the server. */
		readonly neverSent = false,
		/** What went wrong underneath (a network error), for a caller that words the failure its own way. */
		options?: { cause?: unknown },
	) {
		super(message, options);
		this.name = "CategorizedError";
	}
}

/** A readable message for any thrown value. */
export function messageOf(err: unknown): string {
	if (err instanceof Error) return err.message;
	if (typeof err === "string") return err;
	// Errors from another realm (a DOMException from jsdom, an error cloned out of a worker) are not `instanceof Error`.
	if (typeof err === "object" && err !== null && "message" in err && typeof err.message === "string" && err.message !== "") return err.message;
	try {
		return JSON.stringify(err);
	} catch {
		return String(err);
	}
}

/** File-system failures the user can act on, in plain words. */
export function describeIoError(err: unknown): { message: string; suggestion: string } {
	const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
	const base = messageOf(err);
	switch (code) {
		case "ENOSPC":
			return { message: `The disk is full (${base})`, suggestion: "Free some disk space; the plugin writes again on its next step." };
		case "EACCES":
		case "EPERM":
		case "EROFS":
			return { message: `The vault folder is read-only (${base})`, suggestion: "Make the vault folder writable for this user, then run the step again." };
		default:
			return { message: base, suggestion: "Check that the vault folder is reachable and writable." };
	}
}
