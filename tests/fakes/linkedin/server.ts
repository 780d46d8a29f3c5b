// A loopback LinkedIn REST API: /rest/posts with its required version headers, 201 + x-restli-id, and LinkedIn's error bodies.
import { html, json, startLoopback, type Answer, type Loopback, type Received } from "../meta/loopback";

export type LinkedinFault = "expired-token" | "rate-limit" | "server-error" | "html" | "duplicate" | "forbidden";

export interface FakeLinkedinPost {
	urn: string;
	author: string;
	/** As sent (little-text escaped). */
	commentary: string;
	body: Record<string, unknown>;
	created: number;
	likes: number;
	comments: number;
}

export interface LinkedinFake extends Loopback {
	token: string;
	memberId: string;
	/** Company pages the member administers (organizationAcls), by numeric id → name. */
	organizations: Map<number, string>;
	/** Versions this fake treats as retired (426). */
	retired: Set<string>;
	posts: FakeLinkedinPost[];
	comments: { urn: string; body: Record<string, unknown> }[];
	fail(fault: LinkedinFault, opts?: { reads?: boolean }): void;
	postCalls(): Received[];
}

const err = (status: number, body: Record<string, unknown>): Answer => json(status, body);

export async function startLinkedinFake(opts: { token?: string; memberId?: string } = {}): Promise<LinkedinFake> {
	const faults: { fault: LinkedinFault; reads: boolean }[] = [];
	let seq = 7_300_000_000_000_000_000n;
	const state = {
		token: opts.token ?? "li-token-abc",
		memberId: opts.memberId ?? "yZ8aBc1dE2",
		retired: new Set(["202401", "202404"]),
		organizations: new Map([[2414183, "Acme Coffee Ltd"]]),
		posts: [] as FakeLinkedinPost[],
		comments: [] as { urn: string; body: Record<string, unknown> }[],
	};

	function faultAnswer(f: LinkedinFault, r: Received): Answer {
		switch (f) {
			case "expired-token":
				return err(401, { status: 401, serviceErrorCode: 65601, code: "EXPIRED_ACCESS_TOKEN", message: "The token used in the request has expired" });
			case "rate-limit":
				return err(429, { status: 429, serviceErrorCode: 101, code: "TOO_MANY_REQUESTS", message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached." });
			case "server-error":
				return err(500, { message: "Internal Server Error", status: 500 });
			case "html":
				return html(503);
			case "duplicate":
				return err(422, {
					errorDetailType: "com.linkedin.common.error.BadRequest",
					message: "ERROR :: /commentary :: Content is a duplicate of urn:li:share:7300000000000000001",
					errorDetails: { inputErrors: [{ description: "Content is a duplicate of urn:li:share:7300000000000000001", input: { inputPath: { fieldPath: "/commentary" } }, code: "DUPLICATE_POST" }] },
					status: 422,
				});
			case "forbidden":
				return err(403, { status: 403, serviceErrorCode: 100, code: "ACCESS_DENIED", message: `Not enough permissions to access: partnerApiPostsExternal.CREATE.${r.headers["linkedin-version"] ?? ""}` });
		}
	}

	function route(r: Received): Answer {
		const write = r.method === "POST";
		const i = faults.findIndex((f) => write || f.reads);
		if (i >= 0) return faultAnswer(faults.splice(i, 1)[0]!.fault, r);
		if (r.headers.authorization !== `Bearer ${state.token}`) return err(401, { status: 401, serviceErrorCode: 65600, code: "INVALID_ACCESS_TOKEN", message: "Invalid access token" });
		if (r.path === "/v2/userinfo") return json(200, { sub: state.memberId, email_verified: true, name: "Ada Owner", locale: { country: "US", language: "en" }, given_name: "Ada", family_name: "Owner" });
		if (!r.path.startsWith("/rest/")) return err(404, { status: 404, code: "NOT_FOUND", message: `No virtual resource found` });
		const version = r.headers["linkedin-version"];
		if (!version) return err(400, { status: 400, code: "VERSION_MISSING", message: "A version must be present. Please specify a version by adding the LinkedIn-Version header." });
		if (state.retired.has(version)) return err(426, { status: 426, code: "NONEXISTENT_VERSION", message: `Requested version ${version} is not active` });
		if (r.headers["x-restli-protocol-version"] !== "2.0.0") return err(400, { status: 400, code: "ILLEGAL_ARGUMENT", message: "Rest.li protocol version 2.0.0 is required" });

		if (r.path === "/rest/posts" && write) {
			const body = JSON.parse(r.body || "{}") as Record<string, unknown>;
			const missing = ["author", "commentary", "visibility", "distribution", "lifecycleState"].filter((k) => !(k in body));
			if (missing.length) return err(422, { status: 422, message: `ERROR :: /${missing[0]} :: field is required but not found and has no default value`, errorDetailType: "com.linkedin.common.error.BadRequest" });
			if (body.author !== `urn:li:person:${state.memberId}` && !String(body.author).startsWith("urn:li:organization:")) return faultAnswer("forbidden", r);
			if (state.posts.some((p) => p.commentary === body.commentary)) return faultAnswer("duplicate", r);
			const urn = `urn:li:share:${++seq}`;
			state.posts.push({ urn, author: String(body.author), commentary: String(body.commentary), body, created: Date.now(), likes: 0, comments: 0 });
			return { status: 201, headers: { "x-restli-id": urn, "x-linkedin-id": urn } };
		}
		const comment = /^\/rest\/socialActions\/([^/]+)\/comments$/.exec(r.path);
		if (comment && write) {
			const body = JSON.parse(r.body || "{}") as Record<string, unknown>;
			const target = decodeURIComponent(comment[1]!);
			const urn = `urn:li:comment:(${String(body.object)},${++seq})`;
			state.comments.push({ urn, body: { ...body, target } });
			return { status: 201, headers: { "x-restli-id": urn, "content-type": "application/json" }, body: JSON.stringify({ ...body, id: String(seq) }) };
		}
		if (r.path === "/rest/posts" && r.query.get("q") === "author") {
			const author = r.query.get("author") ?? "";
			const start = Number(r.query.get("start") ?? 0);
			const count = Math.min(100, Number(r.query.get("count") ?? 10));
			const mine = state.posts.filter((p) => p.author === author).sort((a, b) => b.created - a.created);
			const elements = mine.slice(start, start + count).map((p) => ({ id: p.urn, author: p.author, commentary: p.commentary, createdAt: p.created, publishedAt: p.created, lastModifiedAt: p.created, lifecycleState: "PUBLISHED", visibility: "PUBLIC" }));
			return json(200, { elements, paging: { start, count, total: mine.length, links: [] } });
		}
		if (r.path === "/rest/socialActions" && r.query.get("ids")) {
			const ids = /^List\((.*)\)$/.exec(r.query.get("ids") ?? "")?.[1]?.split(",").map(decodeURIComponent) ?? [];
			const results: Record<string, unknown> = {};
			for (const id of ids) {
				const p = state.posts.find((x) => x.urn === id);
				if (p) results[id] = { target: id, likesSummary: { totalLikes: p.likes, likedByCurrentUser: false }, commentsSummary: { aggregatedTotalComments: p.comments, totalFirstLevelComments: p.comments } };
			}
			return json(200, { results, statuses: {}, errors: {} });
		}
		if (r.path === "/rest/organizationAcls" && r.query.get("q") === "roleAssignee") {
			const role = r.query.get("role");
			const wanted = r.query.get("state") ?? "APPROVED";
			const elements = [...state.organizations.keys()]
				.map((id) => ({ organization: `urn:li:organization:${id}`, role: "ADMINISTRATOR", state: "APPROVED", roleAssignee: `urn:li:person:${state.memberId}` }))
				.filter((e) => (!role || e.role === role) && e.state === wanted);
			return json(200, { elements, paging: { start: 0, count: 10, total: elements.length, links: [] } });
		}
		const org = /^\/rest\/organizations\/(\d+)$/.exec(r.path);
		if (org) {
			// Any other company id answers as the default company, as this fake always did.
			return json(200, { id: Number(org[1]), localizedName: state.organizations.get(Number(org[1])) ?? "Acme Coffee Ltd", vanityName: "acme-coffee" });
		}
		return err(404, { status: 404, code: "NOT_FOUND", message: `No virtual resource found` });
	}

	const lb = await startLoopback(route);
	return Object.assign(state, lb, {
		fail(fault: LinkedinFault, o: { reads?: boolean } = {}) {
			faults.push({ fault, reads: o.reads ?? false });
		},
		postCalls: () => lb.received.filter((x) => x.method === "POST" && x.path === "/rest/posts"),
	});
}
