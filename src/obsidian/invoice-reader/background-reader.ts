// Reads emails for invoice requests in a Web Worker, one at a time, so the reader's first-use pattern compilation (about
// two seconds) and any slow email run beside Obsidian's window, never in it.
import type { InvoiceContext, InvoiceDecision, MailMessage } from "../../core/watchers/gmail-watcher";
import { messageOf } from "../../core/util/errors";
import type { ReaderReply, ReaderRequest } from "./protocol";

/** Longer than any email the reader has met (the slowest known takes about a second); past it the worker is replaced. */
export const READ_LIMIT_MS = 60_000;

interface Job {
	id: number;
	message: MailMessage;
	context: InvoiceContext;
	resolve: (d: InvoiceDecision) => void;
	reject: (e: Error) => void;
}

export class BackgroundInvoiceReader {
	private worker: Worker | null = null;
	private url: string | null = null;
	private readonly queue: Job[] = [];
	private current: Job | null = null;
	private timer: number | null = null;
	private nextId = 1;
	private stopped = false;

	/** `source`: the worker's code (a classic script). */
	constructor(
		private readonly source: string,
		private readonly limitMs = READ_LIMIT_MS,
	) {}

	/** The reader's decision for one email; rejects with a plain reason when the worker fails, stalls or is stopped. */
	readonly decide = (message: MailMessage, context: InvoiceContext): Promise<InvoiceDecision> =>
		new Promise((resolve, reject) => {
			if (this.stopped) {
				reject(new Error("AI Employee is stopping; the invoice check did not run"));
				return;
			}
			this.queue.push({ id: this.nextId++, message, context, resolve, reject });
			this.next();
		});

	/** On unload: ends the worker and answers every waiting email. */
	dispose(): void {
		this.stopped = true;
		const waiting = [...(this.current ? [this.current] : []), ...this.queue.splice(0)];
		this.current = null;
		this.endWorker();
		for (const job of waiting) job.reject(new Error("AI Employee is stopping; the invoice check did not run"));
	}

	private next(): void {
		if (this.current || this.stopped) return;
		const job = this.queue.shift();
		if (!job) return;
		this.current = job;
		let worker: Worker;
		try {
			worker = this.startWorker();
		} catch (err) {
			this.finish(job, new Error(`the invoice reader could not start: ${messageOf(err)}`));
			return;
		}
		this.timer = window.setTimeout(() => {
			// A stalled reader cannot be interrupted, only replaced; the emails after this one get a fresh worker.
			this.endWorker();
			this.finish(job, new Error(`reading this email took longer than ${Math.round(this.limitMs / 1000)} s, so it was stopped`));
		}, this.limitMs);
		const request: ReaderRequest = { id: job.id, message: job.message, context: job.context };
		worker.postMessage(request);
	}

	private startWorker(): Worker {
		if (this.worker) return this.worker;
		this.url = URL.createObjectURL(new Blob([this.source], { type: "text/javascript" }));
		const worker = new Worker(this.url);
		worker.onmessage = (event: MessageEvent<ReaderReply>) => {
			const job = this.current;
			if (!job || event.data.id !== job.id) return;
			if ("error" in event.data) this.finish(job, new Error(event.data.error));
			else this.finish(job, null, event.data.decision);
		};
		worker.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			const job = this.current;
			this.endWorker();
			if (job) this.finish(job, new Error(`the invoice reader failed: ${event.message || "its worker stopped"}`));
		};
		this.worker = worker;
		return worker;
	}

	private finish(job: Job, error: Error | null, decision?: InvoiceDecision): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		if (this.current === job) this.current = null;
		if (error) job.reject(error);
		else job.resolve(decision!);
		this.next();
	}

	private endWorker(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.worker?.terminate();
		this.worker = null;
		if (this.url) URL.revokeObjectURL(this.url);
		this.url = null;
	}
}
