// A capital currency code used as a word of its own ("CAD drawings are attached", "the CAD files", "CAD-Zeichnungen"):
// it names no currency, so a plain "$" is not turned into Canadian dollars by it.
import { describe, it } from "vitest";
import { expectDraft } from "./invoice-mail";

describe("a code used as a word names no currency", () => {
	for (const t of [
		"Please invoice the logo design at $600.\n\nCAD drawings are attached.",
		"Please invoice the 3D model at $600. I've attached the CAD files.",
		"Please invoice the drafting at $600 for the CAD drawings.",
		"Please invoice the floor plan at $600. Our CAD team will review it.",
		"Please invoice the floor plan at $600. Die CAD-Zeichnungen kommen morgen.",
	]) it(t, () => expectDraft(t, "USD", [[/3D model/.test(t) ? "3D model" : /drafting/.test(t) ? "Drafting" : /floor plan/.test(t) ? "Floor plan" : "Logo design", 1, "600.00"]]));

	// Near misses: the code as money still sets the dollar.
	it("'all amounts in CAD' and 'AUD obviously' still name the dollar", () => {
		expectDraft("Please invoice the logo design at $600. All amounts in CAD.", "CAD", [["Logo design", 1, "600.00"]]);
		expectDraft("can u invoice us for the mural sketches, it was 12 hrs at $95/hr like we said. AUD obviously lol", "AUD", [["Mural sketches (hours)", 12, "95.00"]]);
	});
});
