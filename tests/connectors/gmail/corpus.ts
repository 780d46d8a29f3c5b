// The labelled email corpus: every .eml in tests/fixtures/emails with its expected outcome, read as Gmail would hand it over.
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import type { MailMessage } from "../../../src/core/watchers/gmail-watcher";

export const CORPUS_DIR = path.resolve(__dirname, "../../fixtures/emails");
export const OWNER = "owner@lumenpine.example";
export const TODAY = "2026-11-26";

export type Expected =
	| { outcome: "invoice"; customer: { name: string; email: string; company?: string }; currency: string; lines: { description: string; quantity: number | string; unit_price: string }[]; total: string; payment_terms?: string; due_date?: string; reference?: string }
	| { outcome: "none"; rule: string }
	| { outcome: "clarify"; mentions: string[] };

export interface CorpusEmail {
	file: string;
	bytes: Uint8Array;
	message: MailMessage;
	expected: Expected;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusEmail[] {
	const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, Expected>;
	return readdirSync(dir)
		.filter((f) => f.endsWith(".eml"))
		.sort()
		.map((file, i) => {
			const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
			const exp = expected[file];
			if (!exp) throw new Error(`${file} has no expected outcome in expected.json`);
			return { file, bytes, expected: exp, message: toMailMessage(bytes, { id: `m${String(i).padStart(4, "0")}`, threadId: `t${i}`, labelIds: ["INBOX", "UNREAD", "IMPORTANT"] }) };
		});
}

/** Whether a draft's params carry exactly the expected customer, lines, currency and terms. */
export function draftMatches(params: Record<string, unknown>, e: Extract<Expected, { outcome: "invoice" }>): string[] {
	const diffs: string[] = [];
	const same = (what: string, a: unknown, b: unknown) => {
		if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${what}: got ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
	};
	same("customer", params["customer"], e.customer);
	same("currency", params["currency"], e.currency);
	const lines = (params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => ({ description: l.description, quantity: Number(l.quantity), unit_price: l.unit_price }));
	same("lines", lines, e.lines.map((l) => ({ description: l.description, quantity: Number(l.quantity), unit_price: l.unit_price })));
	same("payment_terms", params["payment_terms"], e.payment_terms);
	same("due_date", params["due_date"], e.due_date);
	same("reference", params["reference"], e.reference);
	return diffs;
}
