// Personal data: phone numbers, other people's email addresses, payment cards (Luhn), IBANs (mod 97), national ids.
import { ibanValid, luhnValid } from "./checksums";
import { allMatches } from "./regex";
import type { GuardRule } from "./types";

const digitsOf = (s: string) => s.replace(/\D/g, "");

export const phoneRule: GuardRule = {
	id: "personal.phone",
	kind: "personal",
	reason: "a phone number",
	find: (text) => [
		// International: +44 20 7946 0958, 0049 30 1234567.
		...allMatches(text, /(?<![\w+])(?:\+|00)[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?!\d)/, (m) => {
			const n = digitsOf(m[0]).length;
			return n >= 8 && n <= 15;
		}),
		// North American style: (555) 123-4567, 555-123-4567, 555.123.4567.
		...allMatches(text, /(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d-])/),
	],
	examples: [
		{ text: "Call Maria on +44 20 7946 0958 for details", hit: true },
		{ text: "Questions? (555) 123-4567", hit: true },
		{ text: "ring 555-123-4567 today", hit: true },
		{ text: "We shipped 1,250 orders in 2026", hit: false },
		{ text: "Launch on 2026-12-01 at 09:00", hit: false },
	],
};

// Starts only where a name can start (not inside one), so a long word is not re-tried from each of its letters.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export const emailRule: GuardRule = {
	id: "personal.email",
	kind: "personal",
	reason: "someone's email address",
	find: (text, ctx) => {
		if (!text.includes("@")) return [];
		const own = new Set(ctx.ownAddresses.map((a) => a.trim().toLowerCase()));
		return allMatches(text, EMAIL, (m) => !own.has(m[0].toLowerCase()));
	},
	examples: [
		{ text: "Thanks to jane.doe@client.example for the feedback", hit: true },
		{ text: "Write to hello@mybiz.example", hit: false, context: { ownAddresses: ["Hello@MyBiz.example"] } },
		{ text: "Find us at mybiz.example", hit: false },
	],
};

export const cardRule: GuardRule = {
	id: "personal.card",
	kind: "personal",
	reason: "a payment card number",
	find: (text) => allMatches(text, /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/, (m) => luhnValid(digitsOf(m[0]))),
	examples: [
		{ text: "Paid with 4111 1111 1111 1111 yesterday", hit: true },
		{ text: "card 5500-0000-0000-0004", hit: true },
		{ text: "Order 4111 1111 1111 1112 shipped", hit: false },
		{ text: "Tracking 1234567890123", hit: false },
	],
};

export const ibanRule: GuardRule = {
	id: "personal.iban",
	kind: "personal",
	reason: "a bank account number (IBAN)",
	find: (text) => allMatches(text, /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/, (m) => ibanValid(m[0])),
	examples: [
		{ text: "Pay to DE89 3704 0044 0532 0130 00 please", hit: true },
		{ text: "IBAN GB82WEST12345698765432", hit: true },
		{ text: "Pay to DE89 3704 0044 0532 0130 01 please", hit: false },
	],
};

export const nationalIdRule: GuardRule = {
	id: "personal.national-id",
	kind: "personal",
	reason: "a national identity number",
	find: (text) => [
		// US social security number (never 000, 666 or 9xx in the first group).
		...allMatches(text, /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/, () => true, () => "a social security number"),
		// UK National Insurance number.
		...allMatches(text, /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/, () => true, () => "a National Insurance number"),
	],
	examples: [
		{ text: "SSN 123-45-6789 on file", hit: true },
		{ text: "NI number AB 12 34 56 C", hit: true },
		{ text: "Invoice 2026-11-0042", hit: false },
		{ text: "Ticket 000-12-3456", hit: false },
	],
};
