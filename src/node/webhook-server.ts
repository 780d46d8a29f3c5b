// The runner's WhatsApp webhook endpoint (opt-in, `--webhook-port`): answers Meta's handshake, takes only deliveries
// signed with the app secret, bounds body size and rate, and writes each new message as a Needs_Action note.
// Bound to 127.0.0.1 by default: it is meant to sit behind the owner's reverse proxy or tunnel.
import { clearInterval, setInterval } from "node:timers";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerHandshake, parseDelivery, validSignature } from "../connectors/whatsapp/webhook";
import { WHATSAPP_SECRETS } from "../connectors/whatsapp/config";
import type { SecretStore } from "../core/ports";
import { recordWhatsappMessage, type WhatsappNoteDeps } from "../core/watchers/whatsapp-notes";
import { HEARTBEAT_EVERY_MS, heartbeatPathFor, type HeartbeatRecord } from "../core/status/whatsapp-receiver";
import { messageOf } from "../core/util/errors";

export interface WebhookOptions {
	port: number;
	host?: string;
	secrets: SecretStore;
	notes: WhatsappNoteDeps;
	now?: () => number;
	/** Largest delivery accepted (Meta's are a few KB). */
	maxBodyBytes?: number;
	/** Posts accepted per minute, all senders together. */
	maxPostsPerMinute?: number;
	/** How often the heartbeat file is rewritten while the endpoint is open (default one minute). */
	heartbeatMs?: number;
}

export const WEBHOOK_PATH = "/whatsapp/webhook";

export class WhatsappWebhook {
	private server: Server | null = null;
	private readonly posts: number[] = [];
	private beat: NodeJS.Timeout | null = null;
	private started = "";
	private lastDelivery: string | null = null;
	private beatFailed = false;

	constructor(private readonly opts: WebhookOptions) {}

	get url(): string {
		const a = this.server?.address() as AddressInfo | null;
		return a ? `http://${a.address}:${a.port}${WEBHOOK_PATH}` : "";
	}

	async start(): Promise<void> {
		const server = createServer((req, res) => void this.handle(req, res));
		await new Promise<void>((resolve, reject) => {
			server.once("error", reject);
			server.listen(this.opts.port, this.opts.host ?? "127.0.0.1", () => resolve());
		});
		this.server = server;
		this.started = new Date(this.now()).toISOString();
		await this.writeHeartbeat(null);
		this.beat = setInterval(() => void this.writeHeartbeat(null), this.opts.heartbeatMs ?? HEARTBEAT_EVERY_MS);
		this.beat.unref();
	}

	async stop(): Promise<void> {
		const s = this.server;
		this.server = null;
		if (this.beat) clearInterval(this.beat);
		this.beat = null;
		if (s) await new Promise<void>((r) => s.close(() => r()));
		// The app then says at once that nobody receives, instead of waiting for the heartbeat to go stale.
		if (s) await this.writeHeartbeat(new Date(this.now()).toISOString());
	}

	private now(): number {
		return (this.opts.now ?? Date.now)();
	}

	/**
	 * The heartbeat the app's status view reads (Logs/state/whatsapp-receiver.json): only for display there, so a
	 * failed write is logged once and the endpoint keeps receiving.
	 */
	private async writeHeartbeat(stopped: string | null): Promise<void> {
		const n = this.opts.notes;
		const record: HeartbeatRecord = { pid: process.pid, started: this.started, heartbeat: new Date(this.now()).toISOString(), last_delivery: this.lastDelivery, stopped };
		try {
			await n.vault.write(heartbeatPathFor(n.layout()), `${JSON.stringify(record, null, "\t")}\n`);
			this.beatFailed = false;
		} catch (err) {
			if (this.beatFailed) return;
			this.beatFailed = true;
			await n.log.append({ action_type: "whatsapp.heartbeat_failed", actor: n.actor, target: heartbeatPathFor(n.layout()), result: "failure", error: `Could not write the heartbeat: ${messageOf(err)}. The status view may say no runner receives.` });
		}
	}

	private refuse(res: ServerResponse, status: number, why: string, details: Record<string, unknown> = {}): void {
		res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(why);
		void this.opts.notes.log.append({ action_type: "whatsapp.webhook_refused", actor: this.opts.notes.actor, target: WEBHOOK_PATH, result: "refused", error: why, details: { status, ...details } });
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? "/", "http://localhost");
		if (url.pathname !== WEBHOOK_PATH) return void res.writeHead(404).end();
		if (req.method === "GET") {
			const a = answerHandshake(url.searchParams, this.opts.secrets.get(WHATSAPP_SECRETS.verifyToken));
			if (a.status !== 200) return this.refuse(res, a.status, a.body);
			return void res.writeHead(200, { "content-type": "text/plain" }).end(a.body);
		}
		if (req.method !== "POST") return void res.writeHead(405, { allow: "GET, POST" }).end();
		const now = this.now();
		while (this.posts.length > 0 && now - this.posts[0]! >= 60_000) this.posts.shift();
		if (this.posts.length >= (this.opts.maxPostsPerMinute ?? 120)) {
			res.setHeader("retry-after", "60");
			return this.refuse(res, 429, "Too many deliveries in a minute; try again later.");
		}
		this.posts.push(now);
		const raw = await readBody(req, this.opts.maxBodyBytes ?? 256 * 1024);
		if (raw === null) return this.refuse(res, 413, "The delivery is larger than this endpoint accepts.");
		const secret = this.opts.secrets.get(WHATSAPP_SECRETS.appSecret);
		if (!secret) return this.refuse(res, 503, `No app secret (${WHATSAPP_SECRETS.appSecret}): deliveries cannot be verified, so none is accepted.`);
		// Checked over the raw bytes, before any parsing: nothing unsigned is even read.
		if (!(await validSignature(raw, headerOf(req, "x-hub-signature-256"), secret))) return this.refuse(res, 401, "The X-Hub-Signature-256 does not match the body and the app secret.");
		const parsed = parseDelivery(raw);
		if (!parsed.ok) return this.refuse(res, 400, `The delivery is not a WhatsApp delivery: ${parsed.error}`);
		try {
			for (const m of parsed.messages) await recordWhatsappMessage(this.opts.notes, m);
		} catch (err) {
			// Meta retries a failed delivery; the notes written so far are kept and de-duplicated on the retry.
			return this.refuse(res, 500, `Could not write the message note: ${err instanceof Error ? err.message : String(err)}`);
		}
		this.lastDelivery = new Date(this.now()).toISOString();
		res.writeHead(200, { "content-type": "text/plain" }).end("OK");
	}
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
	const v = req.headers[name];
	return Array.isArray(v) ? v[0] : v;
}

/** The body as text, or null (and the rest discarded) once it passes `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let over = false;
		req.on("data", (c: Buffer) => {
			size += c.length;
			if (size > max) over = true;
			else chunks.push(c);
		});
		req.on("end", () => resolve(over ? null : Buffer.concat(chunks).toString("utf8")));
		req.on("error", reject);
	});
}
