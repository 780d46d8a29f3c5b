// Hiding secrets for display: the card, notices and the log show the kind of a secret, never any part of it.
import { describe, expect, it } from "vitest";
import { concealDeep, concealText, describeConcealed } from "../../../src/core/guard/conceal";
import { normalizeForScan, originalRange, revealControls } from "../../../src/core/guard/normalize";
import type { ActionHandler } from "../../../src/core/executor/connector";

const TOKEN = { label: "your LinkedIn token", value: "AQVx9f8e7d6c5b4a3921zz" };

describe("concealing", () => {
	it("replaces configured values and recognised keys by their kind, leaving the rest", () => {
		expect(concealText(`a ${TOKEN.value} b AKIAIOSFODNN7EXAMPLE c`, [TOKEN])).toBe("a [hidden: your LinkedIn token] b [hidden: an AWS access key] c");
		expect(concealText("nothing secret here", [TOKEN])).toBe("nothing secret here");
	});

	it("hides a key split by a zero-width space, including the invisible character", () => {
		expect(concealText("k=AKIAIOSF\u200bODNN7EXAMPLE!", [])).toBe("k=[hidden: an AWS access key]!");
	});

	it("hides a whole private key block, not just its first line", () => {
		const pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
		expect(concealText(`here: ${pem} done`, [])).toBe("here: [hidden: a private key] done");
	});

	it("conceals strings at any depth under any key", () => {
		expect(concealDeep({ a: [{ b: `x ${TOKEN.value}` }], n: 3 }, [TOKEN])).toEqual({ a: [{ b: "x [hidden: your LinkedIn token]" }], n: 3 });
	});

	it("describes from concealed params, so a shortened summary keeps no first half of a key", () => {
		const handler = {
			describe: (p: { text: string }) => ({ summary: `Post "${p.text.slice(0, 20)}…"`, lines: [{ label: "Text", value: p.text }], text: p.text }),
		} as unknown as ActionHandler<{ text: string }>;
		const d = describeConcealed(handler, { text: `Key AKIAIOSFODNN7EXAMPLE` }, []);
		expect(d.summary).toBe('Post "Key [hidden: an AWS …"');
		expect(JSON.stringify(d)).not.toMatch(/AKIA/);
	});
});

describe("normalising for the rules", () => {
	it("maps full-width letters and ligatures to plain text and back to where they were", () => {
		const s = "x ＡＢ ﬁ";
		const n = normalizeForScan(s);
		expect(n.text).toBe("x AB fi");
		expect(originalRange(n, 2, 4)).toEqual({ start: 2, end: 4 });
		expect(originalRange(n, 5, 7)).toEqual({ start: 5, end: 6 });
	});

	it("composes a letter with its combining accent, as NFKC does", () => {
		expect(normalizeForScan("Cafe\u0301").text).toBe("Café");
	});

	it("writes bidi and zero-width characters out, leaving emoji joiners alone", () => {
		expect(revealControls("a\u202eb\u200bc 👩\u200d💻")).toBe("a⟨U+202E⟩b⟨U+200B⟩c 👩\u200d💻");
	});
});
