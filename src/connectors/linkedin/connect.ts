// The LinkedIn Connect flow's wire: who the token may post as — the member (/v2/userinfo) and the company pages the
// member administers (/rest/organizationAcls, names from /rest/organizations).
import * as z from "zod/mini";
import type { HttpClient } from "../../core/ports";
import { parseAnswer, trimBase } from "../social/wire";
import { linkedinFailure } from "./errors";

const userinfo = z.object({ sub: z.string(), name: z.optional(z.string()) });
const acls = z.object({ elements: z.array(z.object({ organization: z.string(), role: z.optional(z.string()), state: z.optional(z.string()) })) });
const organization = z.object({ id: z.number(), localizedName: z.string() });

export interface LinkedinAuthor {
	urn: string;
	name: string;
	kind: "person" | "organization";
}

export interface LinkedinAuthors {
	authors: LinkedinAuthor[];
	/** Why no company page is listed, when that is not simply "you administer none". */
	companyNote: string | null;
}

function headers(version: string, token: string): Record<string, string> {
	return { authorization: `Bearer ${token}`, "linkedin-version": version, "x-restli-protocol-version": "2.0.0", accept: "application/json" };
}

export async function listLinkedinAuthors(http: HttpClient, target: { baseUrl: string; version: string }, token: string): Promise<LinkedinAuthors> {
	const base = trimBase(target.baseUrl);
	const meUrl = `${base}/v2/userinfo`;
	const me = await http.request({ url: meUrl, headers: headers(target.version, token), timeoutMs: 20_000 });
	if (me.status >= 400) throw linkedinFailure(meUrl, me, "read", Date.now());
	const u = parseAnswer("linkedin", meUrl, me, userinfo, "the member lookup");
	const authors: LinkedinAuthor[] = [{ urn: `urn:li:person:${u.sub}`, name: u.name ?? "You", kind: "person" }];

	const aclUrl = `${base}/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED`;
	const res = await http.request({ url: aclUrl, headers: headers(target.version, token), timeoutMs: 20_000 });
	// Without an organisation scope LinkedIn answers 403: the member can still post as themself.
	if (res.status === 401 || res.status === 403) {
		return { authors, companyNote: "Company pages are not listed: the token lacks rw_organization_admin (add the Community Management API product and that scope to post as a company)." };
	}
	if (res.status >= 400) throw linkedinFailure(aclUrl, res, "read", Date.now());
	const list = parseAnswer("linkedin", aclUrl, res, acls, "the company pages you administer");
	for (const e of list.elements) {
		const id = /^urn:li:organization:(\d+)$/.exec(e.organization)?.[1];
		if (!id) continue;
		const orgUrl = `${base}/rest/organizations/${id}`;
		const o = await http.request({ url: orgUrl, headers: headers(target.version, token), timeoutMs: 20_000 });
		const name = o.status < 400 ? parseAnswer("linkedin", orgUrl, o, organization, "the company lookup").localizedName : `Company ${id}`;
		authors.push({ urn: e.organization, name, kind: "organization" });
	}
	return { authors, companyNote: null };
}
