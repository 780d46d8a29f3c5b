// The SecretStore port as a map, with the same name rule as Obsidian's secret storage (invalid ids throw).
import type { SecretStore } from "../../src/core/ports";

const SECRET_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class MapSecretStore implements SecretStore {
	private readonly values: Map<string, string>;

	constructor(initial: Record<string, string> = {}) {
		this.values = new Map();
		for (const [name, value] of Object.entries(initial)) this.set(name, value);
	}

	get(name: string): string | null {
		return this.values.get(name) ?? null;
	}

	set(name: string, value: string): void {
		if (!SECRET_ID.test(name)) throw new Error(`Invalid secret id "${name}": use lowercase letters, digits and dashes.`);
		this.values.set(name, value);
	}

	/** Names of the secrets set, sorted. */
	names(): string[] {
		return [...this.values.keys()].sort();
	}
}
