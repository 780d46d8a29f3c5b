// Reading answers at the edge: HTML and broken JSON become clear errors, and every JSON body is checked with zod.
import type * as z from "zod/mini";
import type { HttpResponse } from "../../core/ports";
import { notJson, unexpected } from "./errors";
import type { Network } from "./networks";

export function looksLikeHtml(res: HttpResponse): boolean {
	return /text\/html/i.test(res.headers["content-type"] ?? "") || /^\s*(<!doctype html|<html)/i.test(res.text);
}

/** The body as JSON, or undefined when it is not JSON (the caller decides whether that matters). */
export function jsonOf(res: HttpResponse): unknown {
	if (res.text.trim() === "") return undefined;
	try {
		return JSON.parse(res.text) as unknown;
	} catch {
		return undefined;
	}
}

/** A successful answer, parsed: HTML or non-JSON is a system error naming the host; a wrong shape says which field. */
export function parseAnswer<T>(network: Network, url: string, res: HttpResponse, schema: z.ZodMiniType<T>, what: string): T {
	if (looksLikeHtml(res)) throw notJson(network, url, `a web page (HTTP ${res.status})`);
	const body = jsonOf(res);
	if (body === undefined) throw notJson(network, url, res.text.trim() === "" ? `an empty body (HTTP ${res.status})` : `text that is not JSON (HTTP ${res.status})`);
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw unexpected(network, what, `${issue?.path.join(".") || "answer"}: ${issue?.message ?? "invalid"}`);
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
