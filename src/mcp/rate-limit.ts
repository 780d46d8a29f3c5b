// Caps how often an agent may call a service through the read tools, so a loop in an agent cannot hammer Odoo or an API.
import { ToolInputError } from "./tool";

export class CallBudget {
	private readonly calls = new Map<string, number[]>();

	constructor(
		private readonly now: () => number,
		private readonly perMinute = 20,
	) {}

	/** Counts one call to `service`; refuses (an isError result) when the last minute already had `perMinute`. */
	take(service: string): void {
		const now = this.now();
		const recent = (this.calls.get(service) ?? []).filter((t) => now - t < 60_000);
		if (recent.length >= this.perMinute) {
			const wait = Math.ceil((60_000 - (now - recent[0]!)) / 1000);
			throw new ToolInputError(`Rate limited: at most ${this.perMinute} ${service} look-ups a minute. Try again in ${wait} s, or use what you already read.`);
		}
		recent.push(now);
		this.calls.set(service, recent);
	}
}
