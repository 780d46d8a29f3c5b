// What the owner sees when a social request is wrong: refused before approval, with the reason per network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issues, socialWorld, type SocialWorld } from "./harness";

let w: SocialWorld;
beforeAll(async () => {
	w = await socialWorld();
});
afterAll(() => w.close());

const post = (p: Record<string, unknown>) => issues(w.post, p);

describe("social.post parameters", () => {
	it("accepts a plain post for each network", () => {
		expect(post({ network: "facebook", text: "Fresh roast today" })).toEqual([]);
		expect(post({ network: "x", text: "Fresh roast today", link: "https://acme.example/roast" })).toEqual([]);
		expect(post({ network: "linkedin", text: "Fresh roast today", link: "https://acme.example/roast" })).toEqual([]);
		expect(post({ network: "instagram", text: "Fresh roast today", image_url: "https://cdn.example/roast.jpg" })).toEqual([]);
	});

	it("refuses an unknown network and names the ones there are", () => {
		expect(post({ network: "myspace", text: "hi" }).join()).toMatch(/unknown network "myspace"; use one of facebook, instagram, x, linkedin/);
	});

	it("refuses empty or blank text", () => {
		expect(post({ network: "facebook", text: "   " }).join()).toMatch(/text: is empty/);
		expect(post({ network: "x", text: "" }).join()).toMatch(/text: is empty/);
	});

	it("refuses text over each network's limit and says the count and the limit", () => {
		expect(post({ network: "x", text: "a".repeat(281) }).join()).toMatch(/is 281 weighted characters .*X takes at most 280/);
		expect(post({ network: "x", text: "a".repeat(280) })).toEqual([]);
		expect(post({ network: "linkedin", text: "b".repeat(3001) }).join()).toMatch(/is 3001 characters; LinkedIn takes at most 3000/);
		expect(post({ network: "instagram", text: "c".repeat(2201), image_url: "https://cdn.example/a.jpg" }).join()).toMatch(/is 2201 characters; Instagram takes at most 2200/);
		expect(post({ network: "facebook", text: "d".repeat(63_207) }).join()).toMatch(/is 63207 characters; Facebook takes at most 63206/);
	});

	it("counts a link on X as 23 characters, whatever its length", () => {
		const long = `https://acme.example/${"x".repeat(200)}`;
		expect(post({ network: "x", text: "a".repeat(255), link: long })).toEqual([]); // 255 + 2 newlines + 23 = 280
		expect(post({ network: "x", text: "a".repeat(256), link: long }).join()).toMatch(/is 281 weighted/);
	});

	it("refuses Instagram without an image or video", () => {
		expect(post({ network: "instagram", text: "No picture" }).join()).toMatch(/Instagram needs an image/);
	});

	it("refuses an image address that is not http or https", () => {
		expect(post({ network: "instagram", text: "x", image_url: "file:///Users/me/photo.jpg" }).join()).toMatch(/image_url: must be a web address starting with http/);
		expect(post({ network: "facebook", text: "x", image_url: "ftp://cdn.example/a.jpg" }).join()).toMatch(/image_url: must be a web address/);
		expect(post({ network: "instagram", text: "x", image_urls: ["https://a.example/1.jpg", "javascript:alert(1)"] }).join()).toMatch(/image_urls.1: must be a web address/);
	});

	it("refuses a publish time in the past, and one beyond the network's window", () => {
		expect(post({ network: "facebook", text: "x", publish_at: "2026-11-25T09:00:00Z" }).join()).toMatch(/publish_at: 2026-11-25T09:00:00Z is in the past/);
		expect(post({ network: "facebook", text: "x", publish_at: "2027-01-05T09:00:00Z" }).join()).toMatch(/more than 30 days ahead; Facebook posts can be scheduled at most 30 days ahead/);
		expect(post({ network: "x", text: "x", publish_at: "2027-03-01T09:00:00Z" }).join()).toMatch(/more than 90 days ahead/);
		expect(post({ network: "linkedin", text: "x", publish_at: "2026-12-01T09:00:00+01:00" })).toEqual([]);
	});

	it("refuses a publish time without a zone, since it would mean different instants on different machines", () => {
		expect(post({ network: "facebook", text: "x", publish_at: "2026-12-01T09:00" }).join()).toMatch(/must be a date and time with a zone/);
	});

	it("says which media each network takes", () => {
		expect(post({ network: "x", text: "x", image_url: "https://cdn.example/a.jpg" }).join()).toMatch(/X posts from AI Employee carry text and links only/);
		expect(post({ network: "instagram", text: "x", image_url: "https://cdn.example/a.jpg", link: "https://acme.example" }).join()).toMatch(/does not make links in captions clickable/);
		expect(post({ network: "facebook", text: "x", thread: ["more"] }).join()).toMatch(/Facebook has no threads/);
		expect(post({ network: "instagram", text: "x", image_urls: Array.from({ length: 11 }, (_, i) => `https://cdn.example/${i}.jpg`) }).join()).toMatch(/has 11 images; Instagram takes at most 10/);
	});
});

describe("social.reply parameters", () => {
	const reply = (p: Record<string, unknown>) => issues(w.reply, p);
	it("checks the id format each network uses", () => {
		expect(reply({ network: "x", in_reply_to: "1860000000000000001", text: "Thanks!" })).toEqual([]);
		expect(reply({ network: "x", in_reply_to: "https://x.com/a/status/1", text: "Thanks!" }).join()).toMatch(/must be the number of the post on X/);
		expect(reply({ network: "linkedin", in_reply_to: "12345", text: "Thanks!" }).join()).toMatch(/must be a LinkedIn post or comment URN/);
		expect(reply({ network: "facebook", in_reply_to: "1122_3344", text: "" }).join()).toMatch(/text: is empty/);
	});
	it("refuses a reply longer than the network allows", () => {
		expect(reply({ network: "linkedin", in_reply_to: "urn:li:share:1", text: "z".repeat(1251) }).join()).toMatch(/LinkedIn takes at most 1250 in a reply/);
	});
});

describe("the approval card", () => {
	it("describes a scheduled post with the account, time, length and text, and marks it as a post at that time", () => {
		const p = w.post.params.parse({ network: "x", text: "Open late tonight", link: "https://acme.example/hours", publish_at: "2026-11-27T18:00:00Z" });
		const d = w.post.describe(p);
		expect(d.summary).toBe('Publish on X (@acmecoffee) at 2026-11-27T18:00:00Z: "Open late tonight"');
		expect(d.lines).toContainEqual({ label: "Length", value: "42 / 280 weighted characters" });
		expect(d.text).toBe("Open late tonight\n\nhttps://acme.example/hours");
		expect(w.post.policyFacts(p)).toEqual({ kind: "post", scheduledAt: "2026-11-27T18:00:00Z", counterparty: "@acmecoffee" });
		const r = w.reply.params.parse({ network: "facebook", in_reply_to: "1_2", text: "Thank you!" });
		expect(w.reply.policyFacts(r).kind).toBe("reply");
	});
});
