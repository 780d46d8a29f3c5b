// Restart delays and circuit rules for the watchdog, as plain numbers so their bounds are easy to test.
import type { WatchdogOptions } from "./watcher";

export interface WatchdogPolicy {
	stallMs: number;
	backoffBaseMs: number;
	backoffMaxMs: number;
	circuitThreshold: number;
	circuitCooldownMs: number;
}

/** The promise: a crashed watcher is running again within 30 s. Options cannot stretch the delay past it. */
export const MAX_RESTART_DELAY_MS = 30_000;

export function policyFor(intervalMs: number, options: WatchdogOptions = {}): WatchdogPolicy {
	const base = Math.max(10, options.backoffBaseMs ?? 1_000);
	return {
		// A poll may legitimately take longer than a short interval (a slow mailbox): never call it hung below 30 s.
		stallMs: Math.max(1, options.stallMs ?? Math.min(300_000, Math.max(30_000, intervalMs * 4))),
		backoffBaseMs: base,
		backoffMaxMs: Math.min(MAX_RESTART_DELAY_MS, Math.max(base, options.backoffMaxMs ?? 16_000)),
		circuitThreshold: Math.max(1, options.circuitThreshold ?? 5),
		circuitCooldownMs: Math.max(1, options.circuitCooldownMs ?? 10 * 60_000),
	};
}

/** Delay before restart number `failures` (1 = first failure): base, 2×base, 4×base… capped. */
export function restartDelay(policy: WatchdogPolicy, failures: number): number {
	const exp = Math.min(20, Math.max(0, failures - 1));
	return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** exp);
}
