// Every email of the labelled corpus gets its expected outcome: the right draft, a clarification, or no invoice at all.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { draftMatches, loadCorpus, OWNER, TODAY } from "./corpus";

const corpus = loadCorpus();

describe("the labelled email corpus", () => {
	it("holds at least 40 emails with varied MIME", () => {
		expect(corpus.length).toBeGreaterThanOrEqual(40);
		const text = corpus.map((c) => new TextDecoder("latin1").decode(c.bytes)).join("\n");
		for (const kind of ["multipart/alternative", "multipart/mixed", "quoted-printable", "base64", "text/html", "iso-2022-jp", "windows-1252", "Forwarded message"]) expect(text).toContain(kind);
	});

	for (const c of corpus) {
		it(`${c.file}: ${c.expected.outcome === "invoice" ? "becomes the right draft invoice" : c.expected.outcome === "clarify" ? "asks for clarification instead of a draft" : `makes no invoice (${c.expected.rule})`}`, () => {
			const d = decideInvoice(c.message, { ownerEmails: [OWNER], today: TODAY, extraPhrases: [] });
			const e = c.expected;
			if (e.outcome === "invoice") {
				expect(d.kind, JSON.stringify(d)).toBe("draft");
				if (d.kind !== "draft") return;
				expect(draftMatches(d.params, e)).toEqual([]);
				expect(d.total).toBe(`${e.total} ${e.currency}`);
			} else if (e.outcome === "clarify") {
				expect(d.kind, JSON.stringify(d)).toBe("clarify");
				if (d.kind !== "clarify") return;
				for (const w of e.mentions) expect(d.missing.join(" ")).toContain(w);
			} else {
				expect(d.kind, JSON.stringify(d)).toBe("none");
				if (d.kind === "none") expect(d.rule).toBe(e.rule);
			}
		});
	}
});
