// A stored setting that could not be read as it was, and why; shared by the parser and the version migrations.
export interface SettingsProblem {
	key: string;
	message: string;
}
