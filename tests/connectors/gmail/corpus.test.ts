// Every email of the labelled corpus gets its expected outcome: the right draft, a clarification, or no invoice at all.
// The held-back part (written before the last round of tuning, never tuned on) is scored as a whole: no invented
// invoice ever (every draft has the right customer, currency, quantities, prices and total), and most of its invoice
// requests drafted exactly right. `npm run bench` prints the figures (invoice_*_heldback); the goal for recall is
// 0.90 and the floor here catches a regression.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { draftMatches, HELDBACK_DIR, loadCorpus, OWNER, scoreCorpus, TODAY, type CorpusEmail } from "./corpus";

const corpus = loadCorpus();
const heldback = loadCorpus(HELDBACK_DIR);
/** Tuning emails not yet drafted exactly right, with the description the draft has instead. Their amounts, currency
 * and customer must still be right; the figures count them as wrong drafts. */
const NOT_YET: Record<string, string> = {};
const decide = (c: CorpusEmail) => decideInvoice(c.message, { ownerEmails: [OWNER], today: TODAY, extraPhrases: [] });

describe("the labelled email corpus", () => {
	it("holds at least 150 emails with varied MIME, languages and currencies, 50 of them held back", () => {
		expect(corpus.length + heldback.length).toBeGreaterThanOrEqual(150);
		expect(heldback.length).toBeGreaterThanOrEqual(50);
		const text = [...corpus, ...heldback].map((c) => new TextDecoder("latin1").decode(c.bytes)).join("\n");
		for (const kind of ["multipart/alternative", "multipart/mixed", "quoted-printable", "base64", "text/html", "iso-2022-jp", "windows-1252", "Forwarded message", "format=flowed"]) expect(text).toContain(kind);
		const currencies = new Set([...corpus, ...heldback].flatMap((c) => (c.expected.outcome === "invoice" ? [c.expected.currency] : [])));
		expect(currencies.size).toBeGreaterThanOrEqual(15);
	});

	for (const c of corpus.filter((x) => !(x.file in NOT_YET))) {
		it(`${c.file}: ${c.expected.outcome === "invoice" ? "becomes the right draft invoice" : c.expected.outcome === "clarify" ? "asks for clarification instead of a draft" : `makes no invoice (${c.expected.rule})`}`, () => {
			const d = decide(c);
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

	for (const [file, description] of Object.entries(NOT_YET)) {
		it(`${file}: not yet right — amounts, currency and customer right, the line reads "${description}"`, () => {
			const c = corpus.find((x) => x.file === file)!;
			const e = c.expected;
			if (e.outcome !== "invoice") throw new Error(`${file} is labelled ${e.outcome}`);
			const d = decide(c);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind !== "draft") return;
			expect(draftMatches(d.params, e).every((x) => x.startsWith("lines:"))).toBe(true);
			expect(d.total).toBe(`${e.total} ${e.currency}`);
			expect((d.params["lines"] as { description: string }[]).map((l) => l.description)).toEqual([description]);
		});
	}

	// The held-back part is a measurement, not a target to tune on: 129 emails, 89 of them written blind this session
	// (w*, b*). The goals (precision 1.00, recall 0.90) are not reached on them (README, "Invoice drafts"); these floors
	// are what was measured when they were added, so that a change can only keep or improve them.
	it("the held-back emails: no worse than measured (amount precision 0.97, field accuracy 0.98, recall 0.63)", () => {
		const s = scoreCorpus(heldback, decide);
		expect(s.amountPrecision).toBeGreaterThanOrEqual(0.97);
		expect(s.fieldAccuracy).toBeGreaterThanOrEqual(0.98);
		expect(s.recall).toBeGreaterThanOrEqual(0.63);
	});
});
