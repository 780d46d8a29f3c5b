// A request written in the subject ("invoice pls - 3 x pull-up banners @ AUD 120 ea + 500 flyers @ 0.45") under a body
// that points at it ("as per subject mate, $585 all up", "wie im Betreff", "ver asunto", "voir objet"): the subject's
// rows are the lines and the body's amount their stated total; the pointing words never name a line; a bare "$" beside
// a dollar code is that dollar. The second price after "@" takes the first one's code. A business the text names as the
// sender's mail domain spells it is the customer's company.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";
import { SUBJECT_POINTERS, namedBySubjectPointer, pointsAtSubject } from "../../../src/connectors/gmail/invoice/subject-pointer";
import { subjectTailCompany } from "../../../src/connectors/gmail/invoice/domain-company";

type Lines = { description: string; quantity: number; unit_price: string }[];
const linesOf = (d: ReturnType<typeof decide>) => (d.kind === "draft" ? (d.params["lines"] as Lines).map((l) => [l.description, l.quantity, l.unit_price]) : JSON.stringify(d));

describe("the subject-pointer phrasings read their own examples", () => {
	for (const p of SUBJECT_POINTERS)
		it(p.lang, () => {
			for (const e of p.examples.points) expect(pointsAtSubject(e), e).not.toBeNull();
			for (const e of p.examples.ignores) expect(pointsAtSubject(e), e).toBeNull();
		});
});

describe("a request written in the subject under a body that points at it", () => {
	it("drafts the subject's rows with the body's total, in the subject's dollar", () => {
		const d = decide("as per subject mate, $585 all up. need it for fridays committee meeting. cheers\n\nDazza", "invoice pls - 3 x pull-up banners @ AUD 120 ea + 500 flyers @ 0.45");
		expect(linesOf(d)).toEqual([["Pull-up banners", 3, "120.00"], ["Flyers", 500, "0.45"]]);
		expect(d.kind === "draft" && d.params["currency"]).toBe("AUD");
	});
	it("drafts in German when the body says 'wie im Betreff'", () => {
		const d = decide("Hallo Sam, wie im Betreff, insgesamt 300 €. Danke!\n\nJana", "Rechnung bitte: 2 Roll-ups à 150 EUR");
		expect(linesOf(d)).toEqual([["Roll-ups", 2, "150.00"]]);
	});
	it("asks when the body's total does not match the subject's rows, and never names a line from the pointing words", () => {
		const d = decide("as per subject mate, $500 all up. cheers\n\nDazza", "invoice pls - 3 x pull-up banners @ AUD 120 ea");
		expect(d.kind).toBe("clarify");
		expect(JSON.stringify(d)).not.toMatch(/Subject mate/i);
		const e = decide("as per subject mate, $585 for the banners. cheers\n\nJo", "Invoice please");
		expect(JSON.stringify(e)).not.toMatch(/"description":"Subject/i);
	});
	it("a line named from the pointing words is known as such", () => {
		expect(namedBySubjectPointer("Subject mate", "as per subject mate, $585 all up.")).toBe(true);
		expect(namedBySubjectPointer("Betreff", "Siehe Betreff, 300 €.")).toBe(true);
		expect(namedBySubjectPointer("Subject matter photos", "The subject matter photos were $300.")).toBe(false);
	});
	it("a quote asked in the subject stays a quote", () => {
		expect(decide("see subject - what would it cost? cheers\n\nJo", "Quote for 3 banners @ AUD 120 ea?").kind).toBe("none");
	});
});

describe("the company the subject's last part names as the sender's mail domain spells it", () => {
	it("is read from the subject's tail", () => {
		expect(subjectTailCompany("invoice pls - 3 x pull-up banners @ AUD 120 ea + 500 flyers @ 0.45 - Coogee Point Boardriders", "darren@coogeepointboardriders.example", "Darren Kelly")).toBe("Coogee Point Boardriders");
		expect(subjectTailCompany("Rechnung Flyer – Studio Nord", "anna@studionord.example", "Anna Berg")).toBe("Studio Nord");
	});
	it("is never the sender's own name, a short domain, words that only share letters, or a part not last", () => {
		expect(subjectTailCompany("Invoice - Darren Kelly", "hi@darrenkelly.example", "Darren Kelly")).toBeNull();
		expect(subjectTailCompany("Invoice - Al Bo", "x@albo.example", "X")).toBeNull();
		expect(subjectTailCompany("Invoice - Coogee Point Surf Club", "darren@coogeepointboardriders.example", "Darren Kelly")).toBeNull();
		expect(subjectTailCompany("Coogee Point Boardriders - banners", "darren@coogeepointboardriders.example", "Darren Kelly")).toBeNull();
	});
});
