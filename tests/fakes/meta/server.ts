// A loopback Graph API (Facebook Pages and Instagram) that speaks Meta's paths, error bodies and usage headers, with faults on demand.
import { html, json, paramsOf, startLoopback, type Answer, type Loopback, type Received } from "./loopback";

export type MetaFault = "expired-token" | "rate-limit" | "server-error" | "html" | "duplicate" | "permission";

export interface FakePost {
	id: string;
	message: string;
	link?: string;
	image?: string;
	created: number;
	reactions: number;
	comments: number;
	views: number;
}

export interface Container {
	id: string;
	params: Record<string, string>;
	/** Status reads left before it turns FINISHED. */
	pollsLeft: number;
	status: "IN_PROGRESS" | "FINISHED" | "ERROR" | "EXPIRED" | "PUBLISHED";
}

/** The Meta app and the owner's user tokens, for the Connect flow (token exchange, then the Pages they manage). */
export interface MetaApp {
	appId: string;
	appSecret: string;
	/** What the Graph API Explorer hands out: valid about an hour. */
	shortUserToken: string;
	/** What `oauth/access_token?grant_type=fb_exchange_token` returns: about 60 days. */
	longUserToken: string;
}

export interface MetaFake extends Loopback {
	pageId: string;
	igUserId: string;
	token: string;
	app: MetaApp;
	/** A second Page the owner manages (no Instagram account linked, its own token). */
	otherPage: { id: string; name: string; token: string };
	posts: FakePost[];
	igMedia: FakePost[];
	containers: Map<string, Container>;
	comments: { id: string; parent: string; message: string }[];
	/** Instagram's quota (read by the connector, never assumed). */
	quota: { usage: number; total: number };
	/** Status reads a new container needs before FINISHED (default 1: the first read says IN_PROGRESS). */
	pollsUntilFinished: number;
	/** The next matching request (writes only unless `reads` is true) answers with this fault. */
	fail(fault: MetaFault, opts?: { reads?: boolean; times?: number }): void;
	/** Whole-minute estimate Meta sends in x-business-use-case-usage when throttling. */
	regainMinutes: number;
	/** Requests whose path ends with this (e.g. "/media_publish"), for assertions. */
	calls(suffix: string, method?: string): Received[];
}

let ids = 100;
const nextId = () => String(10_000_000_000 + ++ids);

function graphError(status: number, message: string, code: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Answer {
	return json(status, { error: { message, type: code === 190 ? "OAuthException" : "GraphMethodException", code, ...extra, fbtrace_id: "AbCdEfGh123" } }, headers);
}

export async function startMetaFake(opts: { token?: string; pageId?: string; igUserId?: string } = {}): Promise<MetaFake> {
	const faults: { fault: MetaFault; reads: boolean; times: number }[] = [];
	const state = {
		pageId: opts.pageId ?? "1122334455",
		igUserId: opts.igUserId ?? "17841400000000001",
		token: opts.token ?? "page-token-123",
		app: { appId: "987654321012345", appSecret: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", shortUserToken: "EAAshort-user-token", longUserToken: "EAAlong-user-token" },
		otherPage: { id: "5566778899", name: "Acme Roastery Events", token: "page-token-events" },
		posts: [] as FakePost[],
		igMedia: [] as FakePost[],
		containers: new Map<string, Container>(),
		comments: [] as { id: string; parent: string; message: string }[],
		quota: { usage: 0, total: 50 },
		pollsUntilFinished: 1,
		regainMinutes: 17,
	};
	const usage = (pct: number): Record<string, string> => ({
		"x-app-usage": JSON.stringify({ call_count: pct, total_time: Math.min(pct, 40), total_cputime: Math.min(pct, 30) }),
	});

	function faultAnswer(f: MetaFault): Answer {
		switch (f) {
			case "expired-token":
				return graphError(400, "Error validating access token: Session has expired on Wednesday, 25-Nov-26 10:00:00 PST. The current time is Thursday, 26-Nov-26 01:00:00 PST.", 190, { error_subcode: 463 });
			case "rate-limit":
				return graphError(400, "(#32) Page request limit reached", 32, { is_transient: true }, {
					...usage(100),
					"x-business-use-case-usage": JSON.stringify({ [state.pageId]: [{ type: "pages", call_count: 100, total_cputime: 12, total_time: 15, estimated_time_to_regain_access: state.regainMinutes }] }),
				});
			case "server-error":
				return graphError(500, "An unexpected error has occurred. Please retry your request later.", 2, { is_transient: true });
			case "html":
				return html(502);
			case "duplicate":
				return graphError(400, "Duplicate status message", 506, { error_subcode: 1455006, error_user_title: "Duplicate Post", error_user_msg: "This status update is identical to the last one you posted." });
			case "permission":
				return graphError(403, "(#200) The user hasn't authorized the application to perform this action", 200);
		}
	}

	function route(r: Received): Answer {
		const parts = r.path.split("/").filter(Boolean);
		if (!/^v\d+\.\d+$/.test(parts[0] ?? "")) return graphError(400, "Unknown path components", 2500);
		const [, node, edge] = parts;
		const write = r.method === "POST";
		const i = faults.findIndex((f) => write || f.reads);
		if (i >= 0) {
			const f = faults[i]!;
			if (--f.times <= 0) faults.splice(i, 1);
			return faultAnswer(f.fault);
		}
		const p = paramsOf(r);
		const ok = (body: unknown) => json(200, body, usage(3));

		// ---- Connect: a short-lived user token for a long-lived one (app id and secret prove the app) ----
		if (node === "oauth" && edge === "access_token") {
			if (p.grant_type !== "fb_exchange_token") return graphError(400, "Unsupported grant_type", 100);
			if (p.client_id !== state.app.appId) return graphError(400, "Error validating application. Invalid application ID.", 101);
			if (p.client_secret !== state.app.appSecret) return graphError(400, "Error validating client secret.", 1);
			if (p.fb_exchange_token !== state.app.shortUserToken) return graphError(400, "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.", 190, { error_subcode: 460 });
			return json(200, { access_token: state.app.longUserToken, token_type: "bearer", expires_in: 5_183_944 });
		}
		const bearer = r.headers.authorization ?? "";
		const userToken = bearer === `Bearer ${state.app.longUserToken}` || bearer === `Bearer ${state.app.shortUserToken}`;
		if (node === "me" && edge === "accounts" && !write) {
			if (!userToken) return graphError(400, "(#100) Tried accessing nonexisting field (accounts) on node type (Page)", 100);
			const withIg = (p.fields ?? "").includes("instagram_business_account");
			const pages = [
				{ id: state.pageId, name: "Acme Coffee", access_token: state.token, category: "Coffee shop", tasks: ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"], ...(withIg ? { instagram_business_account: { id: state.igUserId, username: "acme.coffee" } } : {}) },
				{ id: state.otherPage.id, name: state.otherPage.name, access_token: state.otherPage.token, category: "Event", tasks: ["ANALYZE"] },
			];
			return ok({ data: pages, paging: { cursors: { before: "QVFIUbefore", after: "QVFIUafter" } } });
		}
		if (bearer !== `Bearer ${state.token}`) return graphError(400, "Invalid OAuth access token - Cannot parse access token", 190);
		if (node === state.pageId && !edge && !write && (p.fields ?? "").includes("instagram_business_account")) {
			return ok({ instagram_business_account: { id: state.igUserId, username: "acme.coffee" }, id: state.pageId });
		}

		// ---- Facebook Page ----
		if (node === state.pageId && !edge && !write) return ok({ id: state.pageId, name: "Acme Coffee" });
		if (node === state.pageId && (edge === "feed" || edge === "photos") && write) {
			const message = p.message ?? p.caption ?? "";
			if (edge === "photos" && !p.url) return graphError(400, "(#100) No photo was uploaded: provide a url or source", 100);
			if (edge === "feed" && !message && !p.link) return graphError(400, "(#100) Missing message or attachment", 100);
			if (state.posts.some((x) => x.message === message)) return faultAnswer("duplicate");
			const postId = `${state.pageId}_${nextId()}`;
			state.posts.push({ id: postId, message, link: p.link, image: p.url, created: Date.now(), reactions: 0, comments: 0, views: 0 });
			return ok(edge === "photos" ? { id: postId.split("_")[1], post_id: postId } : { id: postId });
		}
		if (node === state.pageId && edge === "published_posts" && !write) return ok(listPage(state.posts, p, r, "fb"));
		if (edge === "comments" && write) {
			const id = `${node!.split("_").pop()}_${nextId()}`;
			state.comments.push({ id, parent: node!, message: p.message ?? "" });
			return ok({ id });
		}

		// ---- Instagram ----
		if (node === state.igUserId && !edge && !write) return ok({ id: state.igUserId, username: "acme.coffee" });
		if (node === state.igUserId && edge === "content_publishing_limit") return ok({ data: [{ quota_usage: state.quota.usage, config: { quota_total: state.quota.total, quota_duration: 86_400 } }] });
		if (node === state.igUserId && edge === "media" && write) {
			if (!p.image_url && !p.video_url && p.media_type !== "CAROUSEL") return graphError(400, "(#100) The parameter image_url is required.", 100);
			if (p.media_type === "CAROUSEL") {
				const kids = (p.children ?? "").split(",").filter(Boolean);
				if (kids.length < 2 || kids.length > 10 || kids.some((k) => !state.containers.has(k))) return graphError(400, "(#100) Invalid children", 100);
			}
			const id = nextId();
			// Meta fetches the media itself: an address it cannot reach ends in ERROR on the status read.
			const bad = /unreachable|\.png$/i.test(p.image_url ?? p.video_url ?? "");
			const expired = /expire/i.test(p.image_url ?? "");
			state.containers.set(id, { id, params: p, pollsLeft: state.pollsUntilFinished, status: bad ? "ERROR" : expired ? "EXPIRED" : "IN_PROGRESS" });
			return ok({ id });
		}
		if (node === state.igUserId && edge === "media_publish" && write) {
			const c = state.containers.get(p.creation_id ?? "");
			if (!c) return graphError(400, "(#100) Param creation_id is not a valid media container", 100);
			if (c.status !== "FINISHED") return graphError(400, "Media ID is not available", 9007, { error_subcode: 2207027, error_user_title: "Media not ready for publishing" });
			if (state.quota.usage >= state.quota.total) return graphError(400, "Application request limit reached", 4);
			c.status = "PUBLISHED";
			state.quota.usage++;
			const id = `179${nextId()}`;
			state.igMedia.push({ id, message: c.params.caption ?? "", image: c.params.image_url, created: Date.now(), reactions: 0, comments: 0, views: 0 });
			return ok({ id });
		}
		if (node === state.igUserId && edge === "media" && !write) return ok(listPage(state.igMedia, p, r, "ig"));
		if (edge === "replies" && write) {
			const id = `178${nextId()}`;
			state.comments.push({ id, parent: node!, message: p.message ?? "" });
			return ok({ id });
		}
		if (node && !edge && !write && state.containers.has(node)) {
			const c = state.containers.get(node)!;
			if (c.status === "IN_PROGRESS") {
				if (c.pollsLeft > 0) c.pollsLeft--;
				else c.status = "FINISHED";
			}
			const status = c.status === "ERROR" ? "Error: Media download has failed. The media URI doesn't meet our requirements." : c.status === "EXPIRED" ? "Expired: not published within 24 hours" : c.status;
			return ok({ id: c.id, status_code: c.status, status });
		}
		if (node && !edge && !write && state.igMedia.some((m) => m.id === node)) return ok({ id: node, permalink: `https://www.instagram.com/p/C${node.slice(-8)}/` });
		return graphError(400, `Unsupported ${r.method} request. Object with ID '${node}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 100, { error_subcode: 33 });
	}

	const lb = await startLoopback(route);
	return Object.assign(state, lb, {
		fail(fault: MetaFault, o: { reads?: boolean; times?: number } = {}) {
			faults.push({ fault, reads: o.reads ?? false, times: o.times ?? 1 });
		},
		calls(suffix: string, method?: string) {
			return lb.received.filter((x) => x.path.endsWith(suffix) && (!method || x.method === method));
		},
	});
}

/** A page of posts in [since, until) as the Graph's field expansion would return them, with cursor paging. */
function listPage(all: FakePost[], p: Record<string, string>, r: Received, kind: "fb" | "ig"): unknown {
	const since = p.since ? Number(p.since) * 1000 : -Infinity;
	const until = p.until ? Number(p.until) * 1000 : Infinity;
	const inRange = all.filter((x) => x.created >= since && x.created < until).sort((a, b) => b.created - a.created);
	const limit = Math.min(100, Number(p.limit ?? 25));
	const start = Number(p.after ?? 0);
	const slice = inRange.slice(start, start + limit);
	const fields = p.fields ?? "";
	const data = slice.map((x) =>
		kind === "fb"
			? {
					id: x.id,
					message: x.message,
					created_time: new Date(x.created).toISOString().replace(".000Z", "+0000"),
					permalink_url: `https://www.facebook.com/${x.id.replace("_", "/posts/")}`,
					...(fields.includes("reactions") ? { reactions: { data: [], summary: { total_count: x.reactions } } } : {}),
					...(fields.includes("comments") ? { comments: { data: [], summary: { order: "ranked", total_count: x.comments, can_comment: true } } } : {}),
					...(fields.includes("insights") ? { insights: { data: [{ name: "post_media_view", period: "lifetime", values: [{ value: x.views }], title: "Media views", id: `${x.id}/insights/post_media_view/lifetime` }] } } : {}),
				}
			: {
					id: x.id,
					caption: x.message,
					permalink: `https://www.instagram.com/p/C${x.id.slice(-8)}/`,
					timestamp: new Date(x.created).toISOString().replace(".000Z", "+0000"),
					like_count: x.reactions,
					comments_count: x.comments,
					...(fields.includes("insights")
						? { insights: { data: ["views", "reach"].map((name) => ({ name, period: "lifetime", values: [{ value: name === "views" ? x.views : Math.round(x.views * 0.7) }], id: `${x.id}/insights/${name}/lifetime` })) } }
						: {}),
				},
	);
	const more = start + limit < inRange.length;
	const next = new URL(`http://127.0.0.1${r.path}`);
	for (const [k, v] of r.query.entries()) next.searchParams.set(k, v);
	next.searchParams.set("after", String(start + limit));
	return { data, paging: { cursors: { before: String(start), after: String(start + limit) }, ...(more ? { next: next.toString() } : {}) } };
}
