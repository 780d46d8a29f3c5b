// Every field of every real action goes through the guard, each named for the card: links and media URLs, email
// headers and body, invoice lines, names — not only the text the card previews.
import { describe, expect, it } from "vitest";
import { buildConnectors } from "../../../src/connectors";
import { createGmail } from "../../../src/connectors/gmail";
import { ConnectorRegistry, type ActionHandler } from "../../../src/core/executor/connector";
import { outgoingFields } from "../../../src/core/guard/outgoing";
import { scanFields } from "../../../src/core/guard/scan";
import { defaultSettings } from "../../../src/core/settings/parse";
import { FakeClock, MapSecretStore, offlineHttp } from "../../helpers";

const settings = defaultSettings();
const clock = new FakeClock("2026-11-26T09:00:00Z");
const registry = new ConnectorRegistry();
for (const c of buildConnectors(() => settings, clock)) registry.register(c);
registry.register(createGmail(() => settings, new MapSecretStore(), offlineHttp, () => clock.now()).connector);
const handler = (action: string): ActionHandler<unknown> => registry.handler(action)!;
const ctx = { confidential: ["Globex"], ownAddresses: ["owner@mybiz.example"] };

const AWS = "AKIAIOSFODNN7EXAMPLE";
const GITHUB = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789";

function scan(action: string, params: Record<string, unknown>) {
	return scanFields(outgoingFields(handler(action), params), ctx);
}

describe("the guard reads every field of a request", () => {
	it("a zero-width-split AWS key in a post's link is found and placed in the link", () => {
		const r = scan("social.post", { network: "linkedin", text: "New case study", link: `https://mybiz.example/?k=${AWS.slice(0, 8)}\u200b${AWS.slice(8)}` });
		expect(r.blocked).toBe(true);
		expect(r.hits.map((h) => `${h.reason} in ${h.field}`)).toEqual(["it contains an AWS access key in the link", "it contains invisible zero-width characters (U+200B) in the link"]);
	});

	it("image and video URLs are scanned, each named", () => {
		const r = scan("social.post", { network: "instagram", text: "Reel", image_urls: ["https://cdn.example/a.jpg", `https://cdn.example/b.jpg?t=${GITHUB}`], video_url: `https://cdn.example/v.mp4?key=${AWS}` });
		expect(r.hits.map((h) => `${h.reason} in ${h.field}`)).toEqual(["it contains a GitHub token in image URL 2", "it contains an AWS access key in the video URL"]);
		expect(scan("social.post", { network: "facebook", text: "Hi", image_url: `https://cdn.example/x.jpg?${AWS}` }).hits[0]?.field).toBe("the image URL");
	});

	it("a key percent-encoded in a URL is decoded and caught", () => {
		const r = scan("social.post", { network: "linkedin", text: "Hi", link: `https://mybiz.example/?k=%41%4B%49%41IOSFODNN7EXAMPLE` });
		expect(r.hits[0]).toMatchObject({ reason: "it contains an AWS access key (percent-encoded)", field: "the link" });
	});

	it("an email's subject, body and headers are scanned; the recipient is not personal data, a key in it still blocks", () => {
		const ok = scan("email.send", { to: ["client@example.com"], subject: "Your invoice", body: "Thanks, see attached." });
		expect(ok.hits).toEqual([]);
		const r = scan("email.send", { to: ["client@example.com"], subject: `Key ${GITHUB}`, body: "password: hunter22", in_reply_to: `<${AWS}@mail.example>` });
		expect(r.hits.map((h) => `${h.reason} in ${h.field}`)).toEqual([
			"it contains a GitHub token in the subject",
			"it contains a password or secret value in the body",
			"it contains an AWS access key in the reply target",
		]);
	});

	it("invoice line text and the customer's name are scanned; Confidential words only matter in published text", () => {
		const r = scan("odoo.create_invoice", {
			customer: { name: "Globex", email: "ap@globex.example" },
			invoice_date: "2026-11-26",
			currency: "USD",
			lines: [{ description: "Design", quantity: 1, unit_price: "100.00" }, { description: `Hosting (key ${AWS})`, quantity: 1, unit_price: "20.00" }],
			reference: `PO ${GITHUB}`,
		});
		expect(r.hits.map((h) => `${h.reason} in ${h.field}`)).toEqual(["it contains an AWS access key in invoice line 2", "it contains a GitHub token in the reference"]);
	});

	it("a payment's payee with bidi controls is flagged where it is", () => {
		const r = scan("odoo.register_payment", { invoice_number: "INV/2026/0001", amount: "50.00", currency: "USD", date: "2026-11-26", payee: "Acme \u202eLtd\u202c" });
		expect(r.blocked).toBe(false);
		expect(r.hits).toMatchObject([{ kind: "control", field: "the payee", excerpt: "⟨U+202E⟩ ⟨U+202C⟩" }]);
	});

	it("an X post's link is scanned once, as the link, though X sends text and link as one", () => {
		const r = scan("social.post", { network: "x", text: "Read this", link: `https://mybiz.example/${AWS}` });
		expect(r.hits.map((h) => h.field)).toEqual(["the link"]);
	});
});
