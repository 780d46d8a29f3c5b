// A fake Google on 127.0.0.1: the OAuth endpoints (auth redirect, token, revoke) and the Gmail API paths the plugin uses,
// with Google's status codes and error bodies. Messages are real RFC 822 texts; history ids grow as mail arrives.
import { createHash, randomBytes } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeMessage {
	id: string;
	threadId: string;
	raw: Buffer;
	labelIds: string[];
	internalDate: number;
	historyId: number;
	to: string;
}

export interface FakeGoogle {
	url: string;
	clientId: string;
	clientSecret: string;
	email: string;
	messages: FakeMessage[];
	sent: FakeMessage[];
	/** Every request as received (method, path with query, body). */
	received: { method: string; path: string; body: string; auth: string | null }[];
	/** Adds an email to the inbox; returns its id. */
	deliver(raw: string | Uint8Array, opts?: { labels?: string[]; internalDate?: number; id?: string; threadId?: string }): string;
	/** A refresh token as if the owner had signed in, with these scopes. */
	issueRefreshToken(scopes?: string[]): string;
	/** Forgets history before now: older start ids get 404 (as after about a week). */
	expireHistory(): void;
	/** Makes every refresh fail with invalid_grant (a Testing project's 7-day expiry). */
	expireRefreshTokens(): void;
	refreshTokens: Map<string, { scopes: string[] }>;
	close(): Promise<void>;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
	res.end(JSON.stringify(body));
}

function gError(res: http.ServerResponse, code: number, message: string, reason: string, status: string): void {
	json(res, code, { error: { code, message, errors: [{ message, domain: "global", reason }], status } });
}

function b64url(b: Buffer): string {
	return b.toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Gmail search, as much of it as tests use: is:unread/important, newer_than:Nd, in:sent, to:, from:. */
function matches(m: FakeMessage, q: string, now: number, sent: boolean): boolean {
	for (const term of q.split(/\s+/).filter(Boolean)) {
		const [k, v = ""] = term.includes(":") ? [term.slice(0, term.indexOf(":")), term.slice(term.indexOf(":") + 1)] : [term, ""];
		if (k === "is" && v === "unread" && !m.labelIds.includes("UNREAD")) return false;
		if (k === "is" && v === "important" && !m.labelIds.includes("IMPORTANT")) return false;
		if (k === "in" && v === "sent" && !sent) return false;
		if (k === "in" && v === "inbox" && sent) return false;
		if (k === "newer_than") {
			const days = Number(v.replace(/d$/, ""));
			if (m.internalDate < now - days * 86_400_000) return false;
		}
		if (k === "to" && !m.to.toLowerCase().includes(v.toLowerCase())) return false;
		if (k === "from" && !m.raw.toString("latin1").toLowerCase().includes(`from: ${v.toLowerCase()}`)) return false;
	}
	return true;
}

export async function startFakeGoogle(opts: { now?: () => number; email?: string } = {}): Promise<FakeGoogle> {
	const now = opts.now ?? Date.now;
	const clientId = "1234-fake.apps.googleusercontent.com";
	const clientSecret = "GOCSPX-fake-secret";
	const email = opts.email ?? "owner@lumenpine.example";
	const codes = new Map<string, { challenge: string; redirectUri: string; scopes: string[] }>();
	const refreshTokens = new Map<string, { scopes: string[] }>();
	const accessTokens = new Map<string, { expiresAt: number; scopes: string[] }>();
	let history = 1000;
	let historyFloor = 0;
	const log: { id: number; added: string[] }[] = [];
	let seq = 0;
	let refreshExpired = false;

	const fake: FakeGoogle = {
		url: "",
		clientId,
		clientSecret,
		email,
		messages: [],
		sent: [],
		received: [],
		refreshTokens,
		deliver(raw, o = {}) {
			const id = o.id ?? (0x18c0000000 + ++seq).toString(16);
			history += 1;
			const buf = Buffer.from(typeof raw === "string" ? Buffer.from(raw, "latin1") : raw);
			const toLine = /^To:\s*(.*)$/im.exec(buf.toString("latin1"))?.[1] ?? "";
			fake.messages.push({ id, threadId: o.threadId ?? id, raw: buf, labelIds: o.labels ?? ["INBOX", "UNREAD", "IMPORTANT"], internalDate: o.internalDate ?? now(), historyId: history, to: toLine });
			log.push({ id: history, added: [id] });
			return id;
		},
		issueRefreshToken(scopes = ["https://www.googleapis.com/auth/gmail.readonly"]) {
			const t = `1//fake-refresh-${randomBytes(8).toString("hex")}`;
			refreshTokens.set(t, { scopes });
			return t;
		},
		expireHistory() {
			historyFloor = history + 1;
		},
		expireRefreshTokens() {
			refreshExpired = true;
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};

	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (c: Buffer) => chunks.push(c));
		req.on("end", () => {
			const body = Buffer.concat(chunks).toString("utf8");
			const url = new URL(req.url ?? "/", "http://127.0.0.1");
			fake.received.push({ method: req.method ?? "GET", path: url.pathname + url.search, body, auth: req.headers.authorization ?? null });
			handle(req.method ?? "GET", url, body, req.headers.authorization ?? null, res);
		});
	});

	function tokenEndpoint(form: URLSearchParams, res: http.ServerResponse): void {
		if (form.get("client_id") !== clientId || form.get("client_secret") !== clientSecret) {
			json(res, 401, { error: "invalid_client", error_description: "The OAuth client was not found." });
			return;
		}
		const grant = form.get("grant_type");
		const issue = (scopes: string[], refresh?: string) => {
			const access = `ya29.fake-${randomBytes(8).toString("hex")}`;
			accessTokens.set(access, { expiresAt: now() + 3599_000, scopes });
			json(res, 200, { access_token: access, expires_in: 3599, scope: scopes.join(" "), token_type: "Bearer", ...(refresh ? { refresh_token: refresh } : {}) });
		};
		if (grant === "authorization_code") {
			const c = codes.get(form.get("code") ?? "");
			codes.delete(form.get("code") ?? "");
			const verifier = form.get("code_verifier") ?? "";
			const challenge = b64url(createHash("sha256").update(verifier).digest());
			if (!c || c.challenge !== challenge || c.redirectUri !== form.get("redirect_uri")) {
				json(res, 400, { error: "invalid_grant", error_description: "Bad Request" });
				return;
			}
			const refresh = fake.issueRefreshToken(c.scopes);
			issue(c.scopes, refresh);
			return;
		}
		if (grant === "refresh_token") {
			const r = refreshTokens.get(form.get("refresh_token") ?? "");
			if (!r || refreshExpired) {
				json(res, 400, { error: "invalid_grant", error_description: "Token has been expired or revoked." });
				return;
			}
			issue(r.scopes);
			return;
		}
		json(res, 400, { error: "unsupported_grant_type", error_description: `Invalid grant_type: ${grant ?? ""}` });
	}

	function handle(method: string, url: URL, body: string, auth: string | null, res: http.ServerResponse): void {
		const p = url.pathname;
		if (p === "/o/oauth2/v2/auth" && method === "GET") {
			const q = url.searchParams;
			const redirect = q.get("redirect_uri") ?? "";
			if (q.get("client_id") !== clientId || !/^http:\/\/127\.0\.0\.1:\d+\/?/.test(redirect) || q.get("code_challenge_method") !== "S256" || !q.get("code_challenge")) {
				res.writeHead(400, { "content-type": "text/html" });
				res.end("<h1>400. That’s an error.</h1><p>Error 400: invalid_request</p>");
				return;
			}
			const code = `4/fake-code-${randomBytes(6).toString("hex")}`;
			codes.set(code, { challenge: q.get("code_challenge")!, redirectUri: redirect, scopes: (q.get("scope") ?? "").split(" ") });
			const to = new URL(redirect);
			to.searchParams.set("state", q.get("state") ?? "");
			to.searchParams.set("code", code);
			to.searchParams.set("scope", q.get("scope") ?? "");
			res.writeHead(302, { location: to.toString() });
			res.end();
			return;
		}
		if (p === "/token" && method === "POST") return tokenEndpoint(new URLSearchParams(body), res);
		if (p === "/revoke" && method === "POST") {
			const t = new URLSearchParams(body).get("token") ?? url.searchParams.get("token") ?? "";
			if (refreshTokens.delete(t) || accessTokens.delete(t)) json(res, 200, {});
			else json(res, 400, { error: "invalid_token", error_description: "Token expired or revoked" });
			return;
		}
		const base = "/gmail/v1/users/me/";
		if (!p.startsWith(base)) return gError(res, 404, "Not Found", "notFound", "NOT_FOUND");
		const token = /^Bearer (.+)$/.exec(auth ?? "")?.[1] ?? "";
		const at = accessTokens.get(token);
		if (!at || at.expiresAt < now()) return gError(res, 401, "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.", "authError", "UNAUTHENTICATED");
		const rest = p.slice(base.length);
		if (rest === "profile") return json(res, 200, { emailAddress: email, messagesTotal: fake.messages.length, threadsTotal: fake.messages.length, historyId: String(history) });
		if (rest === "messages" && method === "GET") {
			const q = url.searchParams.get("q") ?? "";
			const max = Math.min(500, Number(url.searchParams.get("maxResults") ?? "100"));
			const start = Number(url.searchParams.get("pageToken") ?? "0");
			const pool = /\bin:sent\b/.test(q) ? fake.sent : fake.messages;
			const all = pool.filter((m) => matches(m, q, now(), pool === fake.sent)).sort((a, b) => b.internalDate - a.internalDate);
			const page = all.slice(start, start + max);
			const out: Record<string, unknown> = { resultSizeEstimate: all.length };
			if (page.length > 0) out["messages"] = page.map((m) => ({ id: m.id, threadId: m.threadId }));
			if (start + max < all.length) out["nextPageToken"] = String(start + max);
			return json(res, 200, out);
		}
		if (rest === "messages/send" && method === "POST") {
			if (!at.scopes.includes("https://www.googleapis.com/auth/gmail.send")) return gError(res, 403, "Request had insufficient authentication scopes.", "insufficientPermissions", "PERMISSION_DENIED");
			let parsed: { raw?: string; threadId?: string };
			try {
				parsed = JSON.parse(body) as { raw?: string; threadId?: string };
			} catch {
				return gError(res, 400, "Invalid JSON payload received.", "badRequest", "INVALID_ARGUMENT");
			}
			if (!parsed.raw) return gError(res, 400, "'raw' RFC822 payload message string or uploading message via /upload/* URL required", "invalidArgument", "INVALID_ARGUMENT");
			const raw = Buffer.from(parsed.raw.replace(/-/g, "+").replace(/_/g, "/"), "base64");
			const id = (0x19c0000000 + ++seq).toString(16);
			const toLine = /^To:\s*(.*)$/im.exec(raw.toString("latin1"))?.[1] ?? "";
			const m: FakeMessage = { id, threadId: parsed.threadId ?? id, raw, labelIds: ["SENT"], internalDate: now(), historyId: ++history, to: toLine };
			fake.sent.push(m);
			return json(res, 200, { id, threadId: m.threadId, labelIds: ["SENT"] });
		}
		const msg = /^messages\/([^/]+)$/.exec(rest);
		if (msg && method === "GET") {
			const m = fake.messages.find((x) => x.id === msg[1]) ?? fake.sent.find((x) => x.id === msg[1]);
			if (!m) return gError(res, 404, "Requested entity was not found.", "notFound", "NOT_FOUND");
			const format = url.searchParams.get("format") ?? "full";
			const meta = { id: m.id, threadId: m.threadId, labelIds: m.labelIds, snippet: "", historyId: String(m.historyId), internalDate: String(m.internalDate), sizeEstimate: m.raw.length };
			if (format === "raw") return json(res, 200, { ...meta, raw: b64url(m.raw) });
			return json(res, 200, { ...meta, payload: { headers: [] } });
		}
		if (rest === "history" && method === "GET") {
			const startRaw = url.searchParams.get("startHistoryId");
			if (!startRaw) return gError(res, 400, "Missing required parameter startHistoryId", "required", "INVALID_ARGUMENT");
			const start = Number(startRaw);
			if (!Number.isFinite(start) || start < historyFloor || start > history) return gError(res, 404, "Requested entity was not found.", "notFound", "NOT_FOUND");
			const entries = log.filter((e) => e.id > start);
			const out: Record<string, unknown> = { historyId: String(history) };
			if (entries.length > 0) out["history"] = entries.map((e) => ({ id: String(e.id), messages: e.added.map((id) => ({ id, threadId: id })), messagesAdded: e.added.map((id) => ({ message: { id, threadId: id, labelIds: ["INBOX", "UNREAD"] } })) }));
			return json(res, 200, out);
		}
		gError(res, 404, "Not Found", "notFound", "NOT_FOUND");
	}

	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return fake;
}
