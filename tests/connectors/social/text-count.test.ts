// X's weighted count as the owner meets it: links 23, emoji and CJK 2, everything else 1.
import { describe, expect, it } from "vitest";
import { characterLength, findUrls, xWeightedLength } from "../../../src/connectors/social/text-count";

describe("X weighted length", () => {
	it("counts Latin text one per character", () => {
		expect(xWeightedLength("Hello, world")).toBe(12);
		expect(xWeightedLength("Café crème")).toBe(10);
	});
	it("counts every link as 23, short or long, with or without https", () => {
		expect(xWeightedLength("See https://a.co")).toBe(4 + 23);
		expect(xWeightedLength(`See https://example.com/${"p".repeat(100)}`)).toBe(4 + 23);
		expect(xWeightedLength("Visit acme.com today")).toBe(6 + 23 + 6);
		expect(findUrls("Read https://acme.example/a, then (www.acme.io).")).toEqual(["https://acme.example/a", "www.acme.io"]);
	});
	it("counts CJK characters and emoji as 2", () => {
		expect(xWeightedLength("こんにちは")).toBe(10);
		expect(xWeightedLength("咖啡")).toBe(4);
		expect(xWeightedLength("☕")).toBe(2);
		expect(xWeightedLength("👨‍👩‍👧")).toBe(2);
		expect(xWeightedLength("🇩🇪")).toBe(2);
	});
	it("counts characters (code points) for the other networks", () => {
		expect(characterLength("☕ café")).toBe(6);
		expect(characterLength("𝔸")).toBe(1);
	});
});
