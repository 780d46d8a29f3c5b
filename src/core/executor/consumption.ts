// The executing device's own record of consumed approvals: kept outside the vault and sealed with the device key, so
// deleting or editing vault files (the journal, data.json, a note moved back to Approved) never makes an attempt run twice.
import type { Clock, DeviceStateStore } from "../ports";
import { canonicalJson, newKey } from "../requests/canonical";
import { macHex, macMatches } from "./mac";
import type { JournalState } from "./journal";

/** One attempt (`<id>#<attempt>`) as this device last recorded it. */
export interface ConsumedAttempt {
	key: string;
	/** `released`: recorded, then stopped before anything was sent (the journal could not be written); may run. */
	state: JournalState | "released";
	at: string;
	/** Where the note was when it ran. */
	path: string;
	/** The device (or runner) that ran it. */
	device: string;
}

export type ConsumptionCheck =
	| { consumed: false }
	| { consumed: true; entry: ConsumedAttempt | null; reason: string };

const SINCE = "since";
const entryName = (key: string): string => `consumed:${key}`;

function sealMessage(kind: string, value: unknown): string {
	return `${kind}\n${canonicalJson(value)}`;
}

export class ConsumptionLedger {
	private since: Promise<number> | null = null;

	constructor(
		private readonly store: DeviceStateStore,
		private readonly clock: Clock,
	) {}

	get where(): string {
		return this.store.where;
	}

	/**
	 * When this device began keeping its record for this vault (ms). Made and sealed on first use; an unreadable or
	 * tampered value starts the record afresh, which only ever makes the executor more careful.
	 */
	startedAt(): Promise<number> {
		this.since ??= this.loadSince().catch((err: unknown) => {
			this.since = null;
			throw err;
		});
		return this.since;
	}

	private async loadSince(): Promise<number> {
		const key = await this.store.deviceKey();
		const raw = await this.store.get(SINCE);
		if (raw !== null) {
			try {
				const v = JSON.parse(raw) as { at?: unknown; nonce?: unknown; mac?: unknown };
				if (typeof v.at === "number" && (await macMatches(key, sealMessage("since", { at: v.at, nonce: v.nonce }), v.mac))) return v.at;
			} catch {
				// Unreadable: start afresh below.
			}
		}
		const at = this.clock.now();
		const nonce = newKey().slice(0, 16);
		await this.store.set(SINCE, JSON.stringify({ at, nonce, mac: await macHex(key, sealMessage("since", { at, nonce })) }));
		return at;
	}

	/** Whether this attempt was already consumed on this device. A record that fails its seal counts as consumed. */
	async check(attempt: string): Promise<ConsumptionCheck> {
		const raw = await this.store.get(entryName(attempt));
		if (raw === null) return { consumed: false };
		try {
			const v = JSON.parse(raw) as { entry?: ConsumedAttempt; mac?: unknown };
			if (v.entry && v.entry.key === attempt && (await macMatches(await this.store.deviceKey(), sealMessage("consumed", v.entry), v.mac))) {
				if (v.entry.state === "released") return { consumed: false };
				return { consumed: true, entry: v.entry, reason: `it was already ${v.entry.state === "started" ? "started" : "executed"} on ${v.entry.at} (${v.entry.path})` };
			}
		} catch {
			// Falls through: unreadable counts as consumed.
		}
		return { consumed: true, entry: null, reason: `this device's record of it (in ${this.store.where}) is damaged, so it is treated as already run` };
	}

	/** Whether this device holds any record of the attempt (sealed or not): a cheap test for imports. */
	async has(attempt: string): Promise<boolean> {
		return (await this.store.get(entryName(attempt))) !== null;
	}

	/** Records a state of an attempt; throws when the device refuses, so the caller never goes on to the wire unrecorded. */
	async record(entry: ConsumedAttempt): Promise<void> {
		const mac = await macHex(await this.store.deviceKey(), sealMessage("consumed", entry));
		await this.store.set(entryName(entry.key), JSON.stringify({ entry, mac }));
	}
}

/** Device state kept in memory: for tests and embedders without a device store (nothing survives a restart). */
export class MemoryDeviceState implements DeviceStateStore {
	readonly where = "memory";
	private readonly map = new Map<string, string>();
	private readonly key = newKey();

	get(name: string): Promise<string | null> {
		return Promise.resolve(this.map.get(name) ?? null);
	}

	set(name: string, text: string): Promise<void> {
		this.map.set(name, text);
		return Promise.resolve();
	}

	deviceKey(): Promise<string> {
		return Promise.resolve(this.key);
	}
}
