// Per-kind hourly caps (payments, emails, posts): a request over the cap waits, with the time of the next free slot.
import type { PolicyFacts } from "./connector";
import type { Settings } from "../settings/schema";

const HOUR = 3_600_000;

export class RateCaps {
	private readonly runs: { kind: PolicyFacts["kind"]; at: number }[] = [];

	record(kind: PolicyFacts["kind"], at: number): void {
		this.runs.push({ kind, at });
	}

	private cap(kind: PolicyFacts["kind"], policy: Settings["policy"]): number | null {
		if (kind === "payment") return policy.maxPaymentsPerHour;
		if (kind === "email") return policy.maxEmailsPerHour;
		if (kind === "post" || kind === "reply") return policy.maxPostsPerHour;
		return null;
	}

	/** Null when the request may run now, else when the next slot opens (ms) and the cap that holds it. */
	check(kind: PolicyFacts["kind"], now: number, policy: Settings["policy"]): { until: number; cap: number } | null {
		const cap = this.cap(kind, policy);
		if (cap === null) return null;
		// A cap of zero turns the kind off: no slot ever opens until the owner raises it.
		if (cap === 0) return { until: Number.POSITIVE_INFINITY, cap };
		while (this.runs.length > 0 && this.runs[0]!.at <= now - HOUR) this.runs.shift();
		const recent = this.runs.filter((r) => r.kind === kind);
		if (recent.length < cap) return null;
		return { until: recent[recent.length - cap]!.at + HOUR, cap };
	}
}
