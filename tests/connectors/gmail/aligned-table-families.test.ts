// Plain-text tables set out with spaces or tabs: the rows of "description, quantity, unit price, amount" with the
// currency written after each number ("5 000 Kč"), and the currency written only in a column's name or a heading.
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

describe("an aligned table whose numbers carry their currency after them", () => {
	it("reads its rows: koruna with a space between the thousands", () => {
		expectDraft("Please invoice the following:\n\n  Item                  Qty    Unit price     Amount\n  Poster design           2      3 200 Kč       6 400 Kč\n  Leaflet                 1      1 800 Kč       1 800 Kč\n                                        Total   8 200 Kč", "CZK", [["Poster design", 2, "3200.00"], ["Leaflet", 1, "1800.00"]]);
	});
	it("reads its rows: złoty, no header row", () => {
		expectDraft("Could you invoice us for these?\n\nProjekt logo        1     2 400 zł     2 400 zł\nWizytówki           3       150 zł       450 zł", "PLN", [["Projekt logo", 1, "2400.00"], ["Wizytówki", 3, "150.00"]]);
	});
	it("never a row whose amount is not its quantity times its price", () => {
		expectNoDraft("Please invoice the following:\n\nPoster design           2      3 200 Kč       6 000 Kč\nLeaflet                 1      1 800 Kč       1 800 Kč");
	});
});
