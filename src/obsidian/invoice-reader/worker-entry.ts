// The invoice reader's worker (built on its own by esbuild.config.mjs and carried in main.js as text). The reader is
// some 1,500 patterns that V8 compiles on first use: seconds of work that must never freeze Obsidian's window.
import { decideInvoice } from "../../connectors/gmail/invoice/classify";
import type { ReaderReply, ReaderRequest } from "./protocol";

interface WorkerScope {
	onmessage: ((event: { data: ReaderRequest }) => void) | null;
	postMessage(reply: ReaderReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = ({ data }) => {
	try {
		scope.postMessage({ id: data.id, decision: decideInvoice(data.message, data.context) });
	} catch (err) {
		scope.postMessage({ id: data.id, error: err instanceof Error ? err.message : String(err) });
	}
};
