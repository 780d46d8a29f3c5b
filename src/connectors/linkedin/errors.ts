// LinkedIn's error answers → categories: duplicate (422), expired token (401), retired version (426), throttling (429).
import * as z from "zod/mini";
import type { HttpResponse } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import { badData, duplicate, notJson, permissionMissing, rateLimited, refused, serverFailed, tokenRefused, unexpected, type Phase } from "../social/errors";
import { linkedinRateLimit } from "../social/rate-limit";
import { jsonOf, looksLikeHtml } from "../http-answer";

export const linkedinError = z.object({
	status: z.optional(z.number()),
	serviceErrorCode: z.optional(z.number()),
	code: z.optional(z.string()),
	message: z.optional(z.string()),
	errorDetailType: z.optional(z.string()),
	errorDetails: z.optional(
		z.object({ inputErrors: z.optional(z.array(z.object({ description: z.optional(z.string()), code: z.optional(z.string()) }))) }),
	),
});

const RECONNECT =
	"LinkedIn tokens last 60 days. Sign in again through your LinkedIn app (scopes w_member_social, openid, profile), paste the new token into the AI Employee settings under LinkedIn, then press Retry.";

export function linkedinFailure(url: string, res: HttpResponse, phase: Phase, now: number): CategorizedError {
	if (looksLikeHtml(res)) return notJson("linkedin", url, `a web page (HTTP ${res.status})`);
	const parsed = linkedinError.safeParse(jsonOf(res));
	const e = parsed.success ? parsed.data : {};
	const inputs = e.errorDetails?.inputErrors ?? [];
	const said = [e.message, ...inputs.map((i) => i.description)].filter(Boolean).join("; ") || `HTTP ${res.status}`;
	const codes = [e.code, ...inputs.map((i) => i.code)].filter(Boolean).join(" ");
	if (res.status === 401) return tokenRefused("linkedin", said, RECONNECT);
	if (res.status === 429) return rateLimited("linkedin", linkedinRateLimit(res.headers, now), now, phase);
	if (res.status === 422 && /duplicate/i.test(`${said} ${codes}`)) return duplicate("linkedin", said);
	if (res.status === 426 || /NONEXISTENT_VERSION|VERSION_MISSING/.test(codes)) {
		return new CategorizedError("data", `LinkedIn no longer accepts the API version in the settings: ${said}`, "Set LinkedIn → API version (YYYYMM) to a month within the last year, then press Retry.");
	}
	if (res.status === 403) return permissionMissing("linkedin", said, "The token needs w_member_social (or w_organization_social for a company page, with an admin role). Reconnect LinkedIn with those scopes.");
	if (res.status >= 500) return serverFailed("linkedin", res.status, said, phase);
	if (res.status === 400 || res.status === 422 || res.status === 404) return badData("linkedin", said);
	if (!parsed.success) return unexpected("linkedin", "a request", `HTTP ${res.status} without LinkedIn's error body`);
	return refused("linkedin", said);
}
