// "Set up vault folders": creates what is missing of the layout and never overwrites the user's files.
import type { VaultStore } from "../ports";
import { FOLDERS, Layout, ROOT_FILES } from "./folders";
import { INITIAL_FILES } from "./templates";

export interface SetupReport {
	createdFolders: string[];
	createdFiles: string[];
	keptFiles: string[];
}

export async function setUpVault(vault: VaultStore, layout: Layout): Promise<SetupReport> {
	const report: SetupReport = { createdFolders: [], createdFiles: [], keptFiles: [] };
	if (!(await vault.exists(layout.root))) {
		await vault.mkdir(layout.root);
		report.createdFolders.push(layout.root);
	}
	for (const name of FOLDERS) {
		const path = layout.folder(name);
		if (!(await vault.exists(path))) {
			await vault.mkdir(path);
			report.createdFolders.push(path);
		}
	}
	for (const name of ROOT_FILES) {
		const path = layout.file(name);
		if (await vault.createIfMissing(path, INITIAL_FILES[name])) report.createdFiles.push(path);
		else report.keptFiles.push(path);
	}
	return report;
}
