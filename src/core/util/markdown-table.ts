// Markdown table rows as the vault's tables are written by hand: leading and trailing pipes optional, cells trimmed.

/** `| a | b |` → ["a", "b"]; a row without outer pipes (`a | b`) reads the same. */
export function tableCells(row: string): string[] {
	return row
		.trim()
		.replace(/^\|/, "")
		.replace(/\|$/, "")
		.split("|")
		.map((c) => c.trim());
}

/** The `| --- | :---: |` line under a table's header. */
export function isDividerRow(cells: string[]): boolean {
	return cells.every((c) => /^:?-{3,}:?$/.test(c));
}
