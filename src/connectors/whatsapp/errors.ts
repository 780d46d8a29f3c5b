// What the Cloud API's answers mean for the owner: Graph error codes → categories with a fix, WhatsApp's own codes
// (the closed 24-hour window, an unknown template, a number not on WhatsApp) named in plain words.
import type { HttpResponse } from "../../core/ports";
import { envNameForSecret } from "../../core/secrets";
import { CategorizedError } from "../../core/util/errors";
import { graphErrorBody } from "../facebook/graph";
import { describeReset, metaRateLimit } from "../social/rate-limit";
import { jsonOf, looksLikeHtml } from "../http-answer";
import { WHATSAPP_SECRETS } from "./config";

const RECONNECT =
	"Create a new System User token with whatsapp_business_messaging (Meta Business Suite → Settings → System users → Generate token), paste it into the AI Employee settings under WhatsApp, then press Retry.";
const THROTTLE = new Set([4, 80007, 130429, 131056]);

export function notConnected(what: string): CategorizedError {
	return new CategorizedError("auth", `WhatsApp is not connected: ${what}`, `Connect WhatsApp in the AI Employee settings (or set ${envNameForSecret(WHATSAPP_SECRETS.token)} for the headless runner).`, true);
}

/** The customer-service window is closed: a free-form text would be refused, so nothing is sent. */
export function needsTemplate(detail: string): CategorizedError {
	return new CategorizedError(
		"logic",
		`WhatsApp allows free-form replies only within 24 hours of the customer's last message: ${detail}`,
		"This needs a template: draft the reply again as an approved message template (WhatsApp Manager → Message templates), or wait until the customer writes again.",
	);
}

/** An answer of 400 and above from `POST /{phone-number-id}/messages`, as a category the card can act on. */
export function sendFailure(res: HttpResponse, now: number): CategorizedError {
	if (looksLikeHtml(res)) return new CategorizedError("system", `WhatsApp answered with a web page (HTTP ${res.status}) instead of JSON`, "Check the Graph address in the settings.");
	const parsed = graphErrorBody.safeParse(jsonOf(res));
	if (!parsed.success) {
		if (res.status >= 500) return new CategorizedError("transient", `WhatsApp failed with HTTP ${res.status} while sending; the message may or may not have gone out`, "Look at the chat in the WhatsApp Business app first: if the message is there, delete this request; if not, press Retry.");
		return new CategorizedError("system", `WhatsApp answered HTTP ${res.status} without Meta's error body`, "Check the Graph address in the settings, then press Retry.");
	}
	const e = parsed.data.error;
	const code = e.code ?? 0;
	const said = `${e.error_user_msg ?? e.message} (code ${code}${e.error_subcode ? `/${e.error_subcode}` : ""}${e.fbtrace_id ? `, trace ${e.fbtrace_id}` : ""})`;
	if (code === 131047) return needsTemplate(said);
	if (code === 190 || code === 102) return new CategorizedError("auth", `WhatsApp refused the access token: ${said}`, RECONNECT);
	if (code === 10 || code === 200 || code === 131005) return new CategorizedError("auth", `WhatsApp says the token lacks a permission: ${said}`, RECONNECT);
	if (THROTTLE.has(code) || res.status === 429) {
		const info = metaRateLimit(res.headers, now);
		return new CategorizedError("transient", `WhatsApp is rate limiting us (${info.detail}); ${describeReset(info.resetAt, now)}`, "Nothing was sent. Press Retry later.");
	}
	if (code === 132001) return new CategorizedError("data", `WhatsApp does not know this template in this language: ${said}`, "Check the template's name and language in WhatsApp Manager → Message templates, correct the request, then approve again.");
	if (code === 132000) return new CategorizedError("data", `The template's parameters do not match it: ${said}`, "Give exactly as many parameters as the template's body has placeholders.");
	if (code === 131026 || code === 131030) return new CategorizedError("data", `WhatsApp cannot deliver to this number: ${said}`, "Check the customer's number (international form, digits only).");
	if (code === 131000 || code === 1 || code === 2 || e.is_transient === true || res.status >= 500) {
		return new CategorizedError("transient", `WhatsApp failed while sending: ${said}; the message may or may not have gone out`, "Look at the chat in the WhatsApp Business app first: if the message is there, delete this request; if not, press Retry.");
	}
	return new CategorizedError("logic", `WhatsApp refused the message: ${said}`, "Fix the request as the message says, then approve it again.");
}
