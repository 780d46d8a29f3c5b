// Reading a service's answer at the edge, for every connector: what is a web page, what is JSON, and whether the JSON has
// the shape the connector expects. Each connector words the errors itself (whom to blame, what to do).
import type * as z from "zod/mini";
import type { HttpResponse } from "../core/ports";

/** A login page, a proxy's error page or a wrong address answers HTML where an API answers JSON. */
export function looksLikeHtml(res: Pick<HttpResponse, "headers" | "text">): boolean {
	return /text\/html/i.test(res.headers["content-type"] ?? "") || /^\s*(<!doctype html|<html)/i.test(res.text);
}

/** The body as JSON, or undefined when it is not JSON (the caller decides whether that matters). */
export function jsonOf(res: Pick<HttpResponse, "text">): unknown {
	if (res.text.trim() === "") return undefined;
	try {
		return JSON.parse(res.text) as unknown;
	} catch {
		return undefined;
	}
}

/** How a connector words the two ways an answer can be unreadable. */
export interface AnswerFailures {
	/** The body is empty (`empty`) or not JSON at all. */
	notJson(empty: boolean): Error;
	/** The JSON lacks what is needed; `detail` names the first field that is off ("data.id: expected string"). */
	wrongShape(detail: string): Error;
}

/** The body parsed as JSON and checked against `schema`; anything else throws the connector's own error. */
export function parseJsonAnswer<T>(res: Pick<HttpResponse, "text">, schema: z.ZodMiniType<T>, fail: AnswerFailures): T {
	const body = jsonOf(res);
	if (body === undefined) throw fail.notJson(res.text.trim() === "");
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw fail.wrongShape(`${issue?.path.join(".") || "answer"}: ${issue?.message ?? "invalid"}`);
}
