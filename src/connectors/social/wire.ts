// Reading answers at the edge: HTML and broken JSON become clear errors, and every JSON body is checked with zod.
import type * as z from "zod/mini";
import type { HttpResponse } from "../../core/ports";
import { looksLikeHtml, parseJsonAnswer } from "../http-answer";
import { notJson, unexpected } from "./errors";
import type { Network } from "./networks";

/** A successful answer, parsed: HTML or non-JSON is a system error naming the host; a wrong shape says which field. */
export function parseAnswer<T>(network: Network, url: string, res: HttpResponse, schema: z.ZodMiniType<T>, what: string): T {
	if (looksLikeHtml(res)) throw notJson(network, url, `a web page (HTTP ${res.status})`);
	return parseJsonAnswer(res, schema, {
		notJson: (empty) => notJson(network, url, empty ? `an empty body (HTTP ${res.status})` : `text that is not JSON (HTTP ${res.status})`),
		wrongShape: (detail) => unexpected(network, what, detail),
	});
}

/** `a=1&b=2`, skipping undefined values; Graph takes parameters form-encoded. */
export function form(params: Record<string, string | number | boolean | undefined>): string {
	const out = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v !== undefined) out.set(k, String(v));
	return out.toString();
}

/** Base URL without a trailing slash. */
export function trimBase(url: string): string {
	return url.replace(/\/+$/, "");
}
