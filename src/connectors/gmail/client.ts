// A small Gmail REST client over the host's HTTP port: profile, messages.list/get(raw), history.list, messages.send.
import type * as z from "zod/mini";
import type { HttpRequest, HttpResponse } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import { jsonOf, parseJsonAnswer } from "../http-answer";
import type { GmailConfig } from "./config";
import type { GoogleAuth, Send } from "./oauth";
import { errorWire, historyWire, messageListWire, profileWire, rawMessageWire, sentWire } from "./wire";

export type HistoryPage = z.infer<typeof historyWire>;

/** Gmail's error body in plain words and a category the executor and watchdog understand. */
export function gmailError(res: HttpResponse, what: string): CategorizedError {
	let reason = "";
	let message = `HTTP ${res.status}`;
	const r = errorWire.safeParse(jsonOf(res));
	if (r.success) {
		reason = r.data.error.errors?.[0]?.reason ?? r.data.error.status ?? "";
		message = r.data.error.message ?? message;
	}
	const text = `Gmail refused ${what}: ${message}${reason ? ` (${reason})` : ""}`;
	if (res.status === 401) return new CategorizedError("auth", text, "Reconnect Gmail in Settings → AI Employee → Gmail.");
	if (res.status === 403 && /insufficient|scope|forbidden/i.test(`${reason} ${message}`) && !/rateLimit/i.test(reason)) {
		return new CategorizedError("auth", text, "The Gmail sign-in lacks the permission this needs. Turn on sending if needed, then press Reconnect Gmail.");
	}
	if (res.status === 429 || /rateLimit|backendError/i.test(reason) || res.status >= 500) return new CategorizedError("transient", text, "Gmail is busy; it is tried again later.");
	if (res.status === 404) return new CategorizedError("data", text, "The message or history entry no longer exists in Gmail.");
	return new CategorizedError("logic", text, "Check the request against Gmail's rules, then retry.");
}

function parse<T>(schema: z.ZodMiniType<T>, res: HttpResponse, what: string): T {
	return parseJsonAnswer(res, schema, {
		notJson: () => new CategorizedError("transient", `Gmail answered ${what} with something that is not JSON.`, "Try again later."),
		wrongShape: () => new CategorizedError("data", `Gmail's answer to ${what} has an unexpected shape.`, "Report this; the Gmail API may have changed."),
	});
}

export class GmailClient {
	constructor(
		private readonly config: GmailConfig,
		private readonly auth: GoogleAuth,
		/** Reads (and the token refresh) go here. */
		private readonly send: Send,
	) {}

	private async token(): Promise<string> {
		const { refreshToken, clientId, clientSecret, endpoints } = this.config;
		if (!refreshToken) throw new CategorizedError("auth", "Gmail is not connected on this device (no saved sign-in).", "Open Settings → AI Employee → Gmail and press Connect Gmail.");
		if (!clientId) throw new CategorizedError("auth", "No Google OAuth client id is set.", "Enter your Desktop app OAuth client id in Settings → AI Employee → Gmail.");
		return this.auth.accessToken(this.send, endpoints, clientId, clientSecret, refreshToken);
	}

	/** Sends with a fresh access token; a 401 (token revoked early) gets one new token and one more try. */
	async call(req: Omit<HttpRequest, "headers"> & { headers?: Record<string, string> }, through: Send = this.send): Promise<HttpResponse> {
		for (let attempt = 1; ; attempt++) {
			const token = await this.token();
			const res = await through({ ...req, headers: { Accept: "application/json", ...req.headers, Authorization: `Bearer ${token}` } });
			if (res.status === 401 && attempt === 1) {
				this.auth.invalidate();
				continue;
			}
			return res;
		}
	}

	url(path: string, query: Record<string, string | string[] | undefined> = {}): string {
		const q = new URLSearchParams();
		for (const [k, v] of Object.entries(query)) {
			if (v === undefined) continue;
			for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
		}
		const s = q.toString();
		return `${this.config.endpoints.gmail}${path}${s ? `?${s}` : ""}`;
	}

	private async get<T>(schema: z.ZodMiniType<T>, path: string, query: Record<string, string | string[] | undefined>, what: string): Promise<T> {
		const res = await this.call({ url: this.url(path, query), method: "GET" });
		if (res.status !== 200) throw gmailError(res, what);
		return parse(schema, res, what);
	}

	profile(): Promise<z.infer<typeof profileWire>> {
		return this.get(profileWire, "profile", {}, "the profile request");
	}

	listMessages(q: string, pageToken?: string, maxResults = 500): Promise<z.infer<typeof messageListWire>> {
		return this.get(messageListWire, "messages", { q, pageToken, maxResults: String(maxResults) }, "the message search");
	}

	getRaw(id: string): Promise<z.infer<typeof rawMessageWire>> {
		return this.get(rawMessageWire, `messages/${encodeURIComponent(id)}`, { format: "raw" }, `message ${id}`);
	}

	/** One page of history; null when Gmail no longer has the start id (404: do a full sync). */
	async history(startHistoryId: string, pageToken?: string): Promise<HistoryPage | null> {
		const res = await this.call({ url: this.url("history", { startHistoryId, pageToken, historyTypes: ["messageAdded", "labelAdded"], maxResults: "500" }), method: "GET" });
		if (res.status === 404) return null;
		if (res.status !== 200) throw gmailError(res, "the history request");
		return parse(historyWire, res, "the history request");
	}

	parseSent(res: HttpResponse): z.infer<typeof sentWire> {
		if (res.status !== 200) throw gmailError(res, "sending the email");
		return parse(sentWire, res, "sending the email");
	}
}
