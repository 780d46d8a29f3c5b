// "Test connection" for LinkedIn: names the member (/v2/userinfo) or the company (/rest/organizations) behind the token.
import * as z from "zod/mini";
import type { HttpClient, SecretStore } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import { connectionFailed, type ConnectionReport } from "../social/connection";
import { missingToken } from "../social/errors";
import { parseAnswer } from "../social/wire";
import { LINKEDIN_BASE_URL, linkedinHeaders, type LinkedinConfig } from "./config";
import { linkedinFailure } from "./errors";

const userinfo = z.object({ sub: z.string(), name: z.optional(z.string()), email: z.optional(z.string()) });
const organization = z.object({ id: z.number(), localizedName: z.string() });

export async function testLinkedinConnection(http: HttpClient, config: LinkedinConfig, secrets: SecretStore): Promise<ConnectionReport> {
	try {
		const token = secrets.get(config.tokenSecret);
		if (!token) throw missingToken("linkedin", config.tokenSecret);
		const [, kind, id] = /^urn:li:(person|organization):(.+)$/.exec(config.author) ?? [];
		const url = kind === "organization" ? `${LINKEDIN_BASE_URL}/rest/organizations/${id}` : `${LINKEDIN_BASE_URL}/v2/userinfo`;
		const res = await http.request({ url, headers: linkedinHeaders(config, token, false), timeoutMs: 20_000 });
		if (res.status >= 400) throw linkedinFailure(url, res, "read", Date.now());
		if (kind === "organization") {
			const o = parseAnswer("linkedin", url, res, organization, "the company lookup");
			return { ok: true, network: "linkedin", id: config.author, account: o.localizedName };
		}
		const u = parseAnswer("linkedin", url, res, userinfo, "the member lookup");
		if (u.sub !== id) {
			throw new CategorizedError("data", `The LinkedIn token belongs to urn:li:person:${u.sub}${u.name ? ` (${u.name})` : ""}, not ${config.author}`, `Set the LinkedIn author to urn:li:person:${u.sub}, or connect the account of ${config.author}.`);
		}
		return { ok: true, network: "linkedin", id: config.author, account: u.name ?? config.author };
	} catch (err) {
		return connectionFailed("linkedin", err);
	}
}
