// Reads Business_Goals.md through the vault port.
import type { VaultStore } from "../../ports";
import { parseGoals } from "../goals";
import type { Goals } from "../types";

export async function readGoals(vault: VaultStore, path: string, currency: string): Promise<Goals> {
	return parseGoals(path, await vault.read(path), currency);
}
