// Web Workers for the jsdom tests, on Node's worker threads: Obsidian's window (Chromium) runs the plugin's invoice
// reader as `new Worker(URL.createObjectURL(new Blob([code])))`; jsdom has no Worker, and Node's blob URLs do not take
// jsdom's Blobs. The code runs in a real second thread with the same message semantics (structured clone, onmessage,
// onerror, terminate).
import { Worker as ThreadWorker } from "node:worker_threads";

const blobs = new Map<string, Blob>();
let nextUrl = 1;

function textOf(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
		reader.onerror = () => reject(reader.error ?? new Error("the blob could not be read"));
		reader.readAsText(blob);
	});
}

/** What a classic worker script sees as `self`, `postMessage` and `onmessage`. */
const WORKER_SCOPE = `const { parentPort } = require("node:worker_threads");
globalThis.self = globalThis;
globalThis.postMessage = (data) => parentPort.postMessage(data);
parentPort.on("message", (data) => { if (typeof globalThis.onmessage === "function") globalThis.onmessage({ data }); });
`;

interface WorkerErrorLike {
	message: string;
	preventDefault(): void;
}

class ThreadBackedWorker {
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: ((event: WorkerErrorLike) => void) | null = null;
	private ended = false;
	private readonly thread: Promise<ThreadWorker | null>;

	constructor(url: string) {
		const blob = blobs.get(String(url));
		if (!blob) throw new DOMException(`Failed to construct 'Worker': the script at '${String(url)}' cannot be accessed.`, "SecurityError");
		this.thread = textOf(blob).then((code) => {
			if (this.ended) return null;
			const t = new ThreadWorker(WORKER_SCOPE + code, { eval: true });
			// A test that never unloads its plugin must not keep the test process alive.
			t.unref();
			t.on("message", (data: unknown) => this.onmessage?.({ data }));
			t.on("error", (err: Error) => this.onerror?.({ message: err.message, preventDefault: () => undefined }));
			return t;
		});
	}

	postMessage(data: unknown): void {
		void this.thread.then((t) => t?.postMessage(data));
	}

	terminate(): void {
		this.ended = true;
		void this.thread.then((t) => t?.terminate());
	}
}

/** Safe to call twice. */
export function installWebWorkers(): void {
	const g = globalThis as unknown as { Worker?: unknown; URL: { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void } };
	g.Worker = ThreadBackedWorker;
	g.URL.createObjectURL = (blob: Blob): string => {
		const url = `blob:test-worker/${nextUrl++}`;
		blobs.set(url, blob);
		return url;
	};
	g.URL.revokeObjectURL = (url: string): void => {
		blobs.delete(url);
	};
}
