import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { jsonOf, looksLikeHtml, parseJsonAnswer } from "../../src/connectors/http-answer";

const res = (text: string, contentType = "application/json") => ({ status: 200, headers: { "content-type": contentType }, text });
const fail = { notJson: (empty: boolean) => new Error(empty ? "empty" : "not JSON"), wrongShape: (detail: string) => new Error(`shape: ${detail}`) };
const sent = z.object({ data: z.object({ id: z.string() }) });

describe("reading a service's answer at the edge", () => {
	it("takes a login or proxy page for a web page, by its type or its first tag", () => {
		expect(looksLikeHtml(res("{}", "text/html; charset=utf-8"))).toBe(true);
		expect(looksLikeHtml(res("  <!DOCTYPE html><title>Sign in</title>", "text/plain"))).toBe(true);
		expect(looksLikeHtml(res('{"ok":true}'))).toBe(false);
	});

	it("reads JSON, and nothing from an empty or broken body", () => {
		expect(jsonOf(res('{"a":1}'))).toEqual({ a: 1 });
		expect(jsonOf(res("null"))).toBeNull();
		expect(jsonOf(res("   "))).toBeUndefined();
		expect(jsonOf(res("{oops"))).toBeUndefined();
	});

	it("returns the checked answer, or the connector's own error naming the field that is off", () => {
		expect(parseJsonAnswer(res('{"data":{"id":"42"}}'), sent, fail)).toEqual({ data: { id: "42" } });
		expect(() => parseJsonAnswer(res(""), sent, fail)).toThrow("empty");
		expect(() => parseJsonAnswer(res("<oops"), sent, fail)).toThrow("not JSON");
		expect(() => parseJsonAnswer(res('{"data":{}}'), sent, fail)).toThrow(/^shape: data\.id: /);
	});
});
