// The answer of every network's "Test connection": the account it reaches, or the exact reason it cannot.
import { CategorizedError, messageOf } from "../../core/util/errors";
import { RULES, type Network } from "./networks";

export type ConnectionReport =
	| { ok: true; network: Network; id: string; account: string }
	| { ok: false; network: Network; category: string; reason: string; suggestion: string };

export function connectionFailed(network: Network, err: unknown): ConnectionReport {
	if (err instanceof CategorizedError) return { ok: false, network, category: err.category, reason: err.message, suggestion: err.suggestion };
	return { ok: false, network, category: "transient", reason: `No answer from ${RULES[network].label}: ${messageOf(err)}`, suggestion: "Check the internet connection (and a proxy or firewall in the way), then test again." };
}
