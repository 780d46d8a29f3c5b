// Run in a fresh Node process by the invoice_first_read_ms figure: the reader's patterns are compiled on first use, so
// the first email read after start costs more than any later one. Prints {"firstMs": …, "secondMs": …} for the first
// two emails of the tuning corpus.
import * as path from "node:path";
import { decideInvoice } from "../../src/connectors/gmail/invoice/classify";
import { loadCorpus, OWNER, TODAY } from "../../tests/connectors/gmail/corpus";

const corpus = loadCorpus(path.join(process.argv[2] ?? ".", "tests", "fixtures", "emails"));
const times = corpus.slice(0, 2).map((c) => {
	const t0 = performance.now();
	decideInvoice(c.message, { ownerEmails: [OWNER], today: TODAY, extraPhrases: [] });
	return performance.now() - t0;
});
process.stdout.write(JSON.stringify({ firstMs: times[0], secondMs: times[1] }));
