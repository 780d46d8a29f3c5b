// A bracket after a line's name: kept when it is part of the thing's name or scope ("Website refresh (5 pages)",
// "Retainer (Q4)"), dropped when it only says when the work ran ("Hébergement annuel (déc. 2026 à nov. 2027)") or how
// the price was agreed ("Website build (as quoted)"). Labels keep a bracket that says which thing or how much of it, and
// drop periods and remarks; a short bracket whose role cannot be told is kept (a name holding a few words more is still
// the same line, one missing its scope is not).
import { describe, expect, it } from "vitest";
import { withoutAside, withoutSizes } from "../../../src/connectors/gmail/invoice/line-label";
import { expectDraft } from "./invoice-mail";

describe("a period or a remark in brackets after the name is no part of it", () => {
	it("drops a period: months, dates or a range of years, in several languages", () => {
		expect(withoutAside("Hosting (Jan–Dec 2027)")).toBe("Hosting");
		expect(withoutAside("Hosting (1 January 2027 to 31 December 2027)")).toBe("Hosting");
		expect(withoutAside("Wartung (01.01.2027 – 31.12.2027)")).toBe("Wartung");
		expect(withoutAside("Mantenimiento (enero a junio de 2027)")).toBe("Mantenimiento");
		expect(withoutAside("Alojamento do site (dez. 2026 a nov. 2027)")).toBe("Alojamento do site");
		expect(withoutAside("Manutenzione (dal gennaio al dicembre 2027)")).toBe("Manutenzione");
		expect(withoutAside("Onderhoud (jan t/m dec 2027)")).toBe("Onderhoud");
		expect(withoutAside("Licence (2026-27)")).toBe("Licence");
		expect(withoutAside("Social media posts (December)")).toBe("Social media posts");
	});
	it("drops a remark on how the price was agreed or where it is written", () => {
		expect(withoutAside("Website build (as agreed)")).toBe("Website build");
		expect(withoutAside("Logo (see attached quote)")).toBe("Logo");
		expect(withoutAside("Flyer (wie besprochen)")).toBe("Flyer");
		expect(withoutAside("Affiche (comme convenu avec Julie)")).toBe("Affiche");
		expect(withoutAside("Catálogo (conforme orçamento)")).toBe("Catálogo");
		expect(withoutAside("Etiketten (zoals afgesproken)")).toBe("Etiketten");
	});
	it("near miss: keeps a bracket that says which thing or how much of it", () => {
		for (const s of ["Quarterly SEO retainer (Q4)", "Annual report (2026)", "Hospedagem + domínio (12 meses)", "Event photography (half day)", "Banners (set of 6)", "Kit design (home and away)", "Launch campaign (March 2027 launch)", "Traduction du site (lot 3)", "Stickers (set 2026)"]) expect(withoutAside(s)).toBe(s);
	});
	it("keeps a single page count (the scope), drops a page count among sizes", () => {
		expect(withoutSizes("Website refresh (5 pages)")).toBe("Website refresh (5 pages)");
		expect(withoutSizes("Broschüre (16 Seiten)")).toBe("Broschüre (16 Seiten)");
		expect(withoutSizes("Catalogue (24 pages, 170 gsm)")).toBe("Catalogue");
	});
});

describe("drafts with a bracket after a line's name", () => {
	it("- Hosting (Jan–Dec 2027): $240 (en, a period in a bullet)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n\n- Website redesign: $3,000\n- Hosting (Jan–Dec 2027): $240\n\nThanks\nDana", "USD", [["Website redesign", 1, "3000.00"], ["Hosting", 1, "240.00"]]));
	it("Wartung (Januar bis Dezember 2027): 480 € (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte stell uns Folgendes in Rechnung:\n\n- Relaunch der Website: 2.800 €\n- Wartung (Januar bis Dezember 2027): 480 €\n\nDanke\nDana", "EUR", [["Relaunch der Website", 1, "2800.00"], ["Wartung", 1, "480.00"]]));
	it("- Website build (as agreed): NZ$2,000 (en, a remark)", () =>
		expectDraft("Hi Sam,\n\nCould you invoice us?\n\n- Website build (as agreed): NZ$2,000\n- Copywriting: NZ$400\n\nCheers\nDana", "NZD", [["Website build", 1, "2000.00"], ["Copywriting", 1, "400.00"]]));
	it("a table row keeps its page count: Website redesign (8 pages)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice:\n\nItem                        Qty   Rate       Amount\nWebsite redesign (8 pages)    1   $3,000     $3,000.00\nLogo refresh                  1   $600       $600.00\n\nThanks\nDana", "USD", [["Website redesign (8 pages)", 1, "3000.00"], ["Logo refresh", 1, "600.00"]]));
	it("near miss: - SEO retainer (Q4): €900 keeps its quarter", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n\n- SEO retainer (Q4): €900\n- Blog articles: €300\n\nThanks\nDana", "EUR", [["SEO retainer (Q4)", 1, "900.00"], ["Blog articles", 1, "300.00"]]));
});
